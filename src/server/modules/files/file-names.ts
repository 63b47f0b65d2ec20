import type { FileContentType } from "../../../shared/contracts/files.ts";

const EXTENSIONS: Record<FileContentType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/webp": ["webp"],
};

const MAX_NAME_LENGTH = 200;

/**
 * The uploader's file name made safe to store and to send back: no folders, no control characters, and an
 * extension that matches the real content, so «scan.html» holding a PDF is downloaded as «scan.pdf».
 */
export function cleanFileName(raw: string, type: FileContentType): string {
  const base = (raw.split(/[\\/]/).pop() ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim();
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  const extensions = EXTENSIONS[type];
  const stem = (extensions.includes(extension) ? base.slice(0, dot) : base) || "file";
  const wanted = extensions.includes(extension) ? extension : extensions[0];
  return `${Array.from(stem).slice(0, MAX_NAME_LENGTH).join("")}.${wanted}`;
}

/** RFC 6266 with an RFC 5987 `filename*` for names outside ASCII, and a plain fallback for old clients. */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
