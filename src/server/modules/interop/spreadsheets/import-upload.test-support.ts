import { type ApiResponse, TEST_ORIGIN } from "../../../test/api-client.ts";
import type { SignedInClient, TestContext } from "../../../test/test-context.ts";

export type UploadFields = Record<string, string | Uint8Array>;

/** Posts a multipart form as the browser does (files as File parts), in `lang`; the JSON answer. */
export async function uploadForm(
  ctx: TestContext,
  client: SignedInClient,
  path: string,
  fields: UploadFields,
  lang = "en",
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(
      name,
      typeof value === "string" ? value : new File([value as Uint8Array<ArrayBuffer>], "upload"),
    );
  }
  const response = await ctx.app.request(`${path}?lang=${lang}`, {
    method: "POST",
    body: form,
    headers: { cookie: client.cookie ?? "", origin: TEST_ORIGIN },
  });
  return { status: response.status, body: (await response.json()) as ApiResponse["body"] };
}

export const csvBytes = (lines: string[]) => new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
