import { convert } from "html-to-text";
import mammoth from "mammoth";
import { MAX_EXTRACTION_TEXT } from "../../../shared/contracts/extraction.ts";
import { AppError } from "../../http/app-error.ts";
import { sniffContentType } from "../files/file-sniff.ts";

/** A press release file is a page or two; Word files with photos are the largest. */
export const MAX_EXTRACTION_FILE_BYTES = 5 * 1024 * 1024;

export type DocumentKind = "text" | "docx" | "html";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWithBytes = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
const HTML_START =
  /^\s*(<!doctype\s+html|<html|<head|<body|<meta|<p[\s>]|<div|<h[1-6][\s>]|<article|<section)/i;
/** Control characters other than tab, line feed and carriage return: a binary file, not text. */
const hasControlCharacters = (text: string) =>
  [...text].some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
  });

/** The specific reason as the message, and as the `file` field's detail so forms can show it there. */
const fileError = (
  messageKey: string,
  code: "validation_failed" | "unsupported_media_type" = "validation_failed",
  params: Record<string, number> = {},
) => new AppError(code, messageKey, params, [{ path: "file", code: "custom", messageKey, params }]);

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileError("errors.extraction_not_utf8");
  }
}

/** What the bytes are, read from the bytes: the file's name and declared type are the uploader's guess. */
export function sniffDocument(bytes: Uint8Array): DocumentKind {
  if (startsWithBytes(bytes, ZIP)) return "docx";
  if (sniffContentType(bytes) !== null)
    throw fileError("errors.extraction_file_type", "unsupported_media_type");
  const text = decodeUtf8(bytes);
  if (hasControlCharacters(text)) throw fileError("errors.extraction_file_type", "unsupported_media_type");
  return HTML_START.test(text.replace(/^\uFEFF/, "")) ? "html" : "text";
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    // A zip that is not a Word document (or a damaged one).
    throw fileError("errors.extraction_unreadable");
  }
}

function htmlText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "ul", options: { itemPrefix: "- " } },
    ],
  });
}

/** The text of an uploaded press release (.txt in UTF-8, .docx or .html), or a translated 4xx. */
export async function documentText(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw fileError("errors.extraction_unreadable");
  if (bytes.length > MAX_EXTRACTION_FILE_BYTES) {
    throw new AppError("payload_too_large", "errors.file_too_large", {
      maxMb: MAX_EXTRACTION_FILE_BYTES / 2 ** 20,
    });
  }
  const kind = sniffDocument(bytes);
  const text =
    kind === "docx"
      ? await docxText(bytes)
      : kind === "html"
        ? htmlText(decodeUtf8(bytes))
        : decodeUtf8(bytes);
  if (text.trim() === "") throw fileError("errors.extraction_unreadable");
  if (text.length > MAX_EXTRACTION_TEXT) {
    throw fileError("errors.extraction_too_long", "validation_failed", { max: MAX_EXTRACTION_TEXT });
  }
  return text;
}
