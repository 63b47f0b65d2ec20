import { QR_QUIET_ZONE, qrMatrix, qrSvgPath } from "./qr-matrix.ts";

interface QrCodeSvgProps {
  text: string;
  label: string;
  className?: string;
}

/** An inline SVG QR code: no image request, crisp at any print resolution. */
export function QrCodeSvg({ text, label, className }: QrCodeSvgProps) {
  const matrix = qrMatrix(text);
  const side = matrix.size + 2 * QR_QUIET_ZONE;
  return (
    <svg
      className={className}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={qrSvgPath(matrix)} fill="#000" />
    </svg>
  );
}
