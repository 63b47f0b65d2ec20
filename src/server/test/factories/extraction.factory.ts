import JSZip from "jszip";
import type { App } from "../../app.ts";
import { type ApiClient, TEST_ORIGIN } from "../api-client.ts";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal Word document (.docx) with one paragraph per line of `text`, as Word would save it. */
export async function docxBytes(text: string): Promise<Uint8Array> {
  const paragraphs = text
    .split("\n")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** Posts a press-release file to the extraction route as a browser form would, under any name. */
export async function postPressReleaseFile(
  app: App,
  client: ApiClient | null,
  bytes: Uint8Array,
  name: string,
  options: { lang?: string; language?: string } = {},
) {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type: "application/octet-stream" }), name);
  if (options.language) form.append("language", options.language);
  const response = await app.request(
    options.lang ? `/api/extraction?lang=${options.lang}` : "/api/extraction",
    {
      method: "POST",
      headers: {
        origin: client?.origin ?? TEST_ORIGIN,
        ...(client?.cookie ? { cookie: client.cookie } : {}),
      },
      body: form,
    },
  );
  return { status: response.status, body: (await response.json()) as any };
}
