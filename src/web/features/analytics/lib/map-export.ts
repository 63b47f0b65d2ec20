const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui,sans-serif";

export interface ExportLegendItem {
  fill: string;
  dashed: boolean;
  label: string;
}

export interface ExportTexts {
  title: string;
  legend: readonly ExportLegendItem[];
  credit: string;
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The drawn map as a self-contained SVG file: the title above it, and the legend and the boundaries'
 * credit below it, since a downloaded picture has no page around it to carry them.
 */
export function exportSvgMarkup(svg: SVGSVGElement, texts: ExportTexts): string {
  const [, , width = 1000, height = 600] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  const top = 48;
  const legendRows = Math.ceil(texts.legend.length / 3);
  const footer = 24 + legendRows * 34 + 40;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const map = element("g", { transform: `translate(0 ${top})` });
  for (const child of [...clone.childNodes]) map.appendChild(child);
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("viewBox", `0 0 ${width} ${top + height + footer}`);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(top + height + footer));
  for (const name of ["class", "role", "aria-labelledby", "aria-describedby"]) clone.removeAttribute(name);
  clone.appendChild(element("rect", { width, height: top + height + footer, fill: "#fff" }));
  clone.appendChild(
    element(
      "text",
      { x: 8, y: 32, "font-family": FONT, "font-size": 24, "font-weight": 600, fill: "#111" },
      texts.title,
    ),
  );
  clone.appendChild(map);
  texts.legend.forEach((item, index) => {
    const x = 8 + (index % 3) * 330;
    const y = top + height + 24 + Math.floor(index / 3) * 34;
    clone.appendChild(
      element("rect", {
        x,
        y,
        width: 22,
        height: 22,
        fill: item.fill,
        stroke: "#6b7280",
        "stroke-width": 1.5,
        ...(item.dashed ? { "stroke-dasharray": "4 3" } : {}),
      }),
    );
    clone.appendChild(
      element(
        "text",
        { x: x + 32, y: y + 17, "font-family": FONT, "font-size": 18, fill: "#111" },
        item.label,
      ),
    );
  });
  clone.appendChild(
    element(
      "text",
      { x: 8, y: top + height + footer - 12, "font-family": FONT, "font-size": 14, fill: "#374151" },
      texts.credit,
    ),
  );
  return new XMLSerializer().serializeToString(clone);
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the click starts the download synchronously; the URL may go after that
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(markup: string, fileName: string): void {
  saveBlob(new Blob([markup], { type: "image/svg+xml" }), fileName);
}

/**
 * Draws the SVG on a canvas at twice its size and saves that as PNG. The picture is loaded from a blob:
 * URL, which the app's CSP allows for images (img-src 'self' data: blob:), and being same-origin it does
 * not taint the canvas.
 */
export async function downloadPng(markup: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) throw new Error("the canvas gave no PNG");
    saveBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
