import QRCode from "qrcode";

/** A horizontal run of dark modules; drawing runs instead of single modules keeps the SVG and PDF small. */
export interface QrRun {
  x: number;
  y: number;
  length: number;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: QrRun[];
}

/** The four-module light border scanners need around the code. */
export const QR_QUIET_ZONE = 4;

/** Twelve ids make a ~500-character URL; level L keeps that at 77 modules, still readable when printed. */
const LONG_TEXT = 250;

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: text.length > LONG_TEXT ? "L" : "M" });
  const { size, data } = modules;
  const runs: QrRun[] = [];
  for (let y = 0; y < size; y++) {
    let start = -1;
    for (let x = 0; x <= size; x++) {
      const dark = x < size && data[y * size + x] !== 0;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, length: x - start });
        start = -1;
      }
    }
  }
  return { size, runs };
}

/** SVG path data of the dark modules, offset by the quiet zone, one unit per module. */
export function qrSvgPath(matrix: QrMatrix): string {
  return matrix.runs
    .map(({ x, y, length }) => `M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${length}v1h-${length}z`)
    .join("");
}
