import sharp from "sharp";
import { type FileContentType, THUMBNAIL_SIZE } from "../../../shared/contracts/files.ts";

export interface ProcessedImage {
  bytes: Buffer;
  width: number;
  height: number;
  thumbnail: Buffer;
}

/** Refuses decompression bombs: about a 50-megapixel photo. */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Decodes the image and encodes it again in its own format. Only pixels survive: EXIF (GPS position,
 * camera serial), comments and anything appended after the image data (a polyglot's second file) are
 * dropped. The orientation is applied first so the stripped photo still stands upright.
 * Returns null when the bytes do not decode as an image of `type`.
 */
export async function reencodeImage(
  input: Uint8Array,
  type: FileContentType,
): Promise<ProcessedImage | null> {
  try {
    const decoded = sharp(input, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).autoOrient();
    const encoded =
      type === "image/jpeg"
        ? decoded.jpeg({ quality: 85, mozjpeg: true })
        : type === "image/png"
          ? decoded.png({ compressionLevel: 9 })
          : decoded.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data)
      .resize({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return { bytes: data, width: info.width, height: info.height, thumbnail };
  } catch {
    return null;
  }
}
