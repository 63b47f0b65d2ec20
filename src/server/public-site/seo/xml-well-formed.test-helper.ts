/**
 * A small well-formedness check for the XML the site writes (feeds, sitemap): one root, every tag
 * closed in order, quoted attributes, no stray `<` or `&`. Returns the problems found, none when well-formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
  let last = 0;
  const checkText = (text: string) => {
    if (text.includes("<")) problems.push(`stray < in ${JSON.stringify(text.slice(0, 60))}`);
    for (const match of text.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/g)) {
      problems.push(`bare & at ${JSON.stringify(text.slice(match.index, match.index + 20))}`);
    }
  };
  for (const match of body.matchAll(token)) {
    const text = body.slice(last, match.index);
    checkText(text);
    if (stack.length === 0 && text.trim())
      problems.push(`text outside the root: ${text.trim().slice(0, 40)}`);
    last = match.index + match[0].length;
    const [, closing, name, attributes = "", selfClosing] = match;
    if (!name) continue; // CDATA or comment
    checkText(attributes.replace(/"[^"]*"|'[^']*'/g, (value) => (value.includes("<") ? "<" : value)));
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(name);
    }
  }
  checkText(body.slice(last));
  if (body.slice(last).trim()) problems.push("text after the root");
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Every value of `<tag>…</tag>` in order. */
export const elementTexts = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, "g"))].map((match) => match[1] ?? "");
