/** Embeds JSON-LD made by json-ld.ts, which has already escaped everything that could end the element. */
export function JsonLdScript({ json }: { json: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: data, not script; serializeJsonLd escapes `<`, `>` and `&`.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
