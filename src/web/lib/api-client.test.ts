import { describe, expect, it } from "vitest";
import { ApiError, createApiClient, queryString, toApiError } from "./api-client.ts";

interface Call {
  url: string;
  init: RequestInit;
}

function clientAnswering(status: number, body: unknown, locale: "kk" | "ru" | "en" = "ru") {
  const calls: Call[] = [];
  const client = createApiClient({
    locale: () => locale,
    fetch: async (url, init) => {
      calls.push({ url: String(url), init: init ?? {} });
      const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
      return new Response(text, { status, headers: { "content-type": "application/json" } });
    },
  });
  return { client, calls };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("api client", () => {
  it("maps the API's error body onto ApiError with its code, translated message and field details", async () => {
    const body = {
      error: {
        code: "validation_failed",
        message: "Проверьте введённые данные.",
        details: [
          { path: "regionCodes", code: "custom", message: "Для координатора выберите хотя бы один регион." },
        ],
      },
    };
    const { client } = clientAnswering(400, body);
    const error = await failure(client.post("/api/users", { role: "coordinator" }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "validation_failed",
      message: "Проверьте введённые данные.",
    });
    expect(error.fieldMessage("regionCodes")).toBe("Для координатора выберите хотя бы один регион.");
    expect(error.fieldMessage("email")).toBeUndefined();
  });

  it("gives answers in another shape (better-auth, proxies) a code from the status and keeps their own code", () => {
    const auth = toApiError(401, { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
    expect(auth).toMatchObject({
      status: 401,
      code: "unauthenticated",
      sourceCode: "INVALID_EMAIL_OR_PASSWORD",
    });
    expect(auth.message).toBe("Invalid email or password");
    expect(toApiError(502, "<html>Bad gateway</html>", "Bad Gateway")).toMatchObject({
      code: "internal",
      message: "Bad Gateway",
      details: [],
    });
    expect(toApiError(409, null).code).toBe("conflict");
    expect(toApiError(422, null).code).toBe("bad_request");
  });

  it("turns a failed connection into a `network` error", async () => {
    const client = createApiClient({
      locale: () => "kk",
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const error = await failure(client.get("/api/me"));
    expect(error).toMatchObject({ status: 0, code: "network" });
  });

  it("sends JSON with the interface language and the session cookie of this origin", async () => {
    const { client, calls } = clientAnswering(201, { id: "1" }, "kk");
    await expect(client.post("/api/users", { email: "a@example.kz" })).resolves.toEqual({ id: "1" });
    const [call] = calls;
    expect(call?.url).toBe("/api/users");
    expect(call?.init).toMatchObject({
      method: "POST",
      credentials: "same-origin",
      body: '{"email":"a@example.kz"}',
    });
    expect(call?.init.headers).toMatchObject({ "accept-language": "kk", "content-type": "application/json" });
  });

  it("writes list filters as the API reads them and reads an empty answer as null", async () => {
    expect(
      queryString({ page: 2, q: "Шымкент", region: ["KZ-79", "KZ-47"], role: undefined, empty: "" }),
    ).toBe("?page=2&q=%D0%A8%D1%8B%D0%BC%D0%BA%D0%B5%D0%BD%D1%82&region=KZ-79%2CKZ-47");
    expect(queryString({ region: [] })).toBe("");
    const { client, calls } = clientAnswering(200, undefined);
    await expect(client.get("/api/users", { role: "partner", page: 1 })).resolves.toBeNull();
    expect(calls[0]?.url).toBe("/api/users?role=partner&page=1");
  });
  it("sends a FormData body as multipart, leaving the content type (and its boundary) to fetch", async () => {
    const { client, calls } = clientAnswering(200, { ok: true });
    const form = new FormData();
    form.append("file", new Blob(["Шымкент"], { type: "text/plain" }), "release.txt");
    await client.post("/api/extraction", form);
    expect(calls[0]?.init.body).toBe(form);
    const headers = (index: number) => (calls[index]?.init.headers ?? {}) as Record<string, string>;
    expect(headers(0)["content-type"]).toBeUndefined();
    await client.post("/api/extraction", { text: "Шымкент" });
    expect(calls[1]?.init.body).toBe('{"text":"Шымкент"}');
    expect(headers(1)["content-type"]).toBe("application/json");
  });
  it("sends a Blob body as its bytes with its own type, else as octet-stream", async () => {
    const { client, calls } = clientAnswering(200, { ok: true });
    const zip = new Blob([new Uint8Array([0x50, 0x4b, 3, 4])], { type: "application/zip" });
    await client.request("POST", "/api/interop/hsds/import", { body: zip, query: { partial: true } });
    expect(calls[0]?.url).toBe("/api/interop/hsds/import?partial=true");
    expect(calls[0]?.init.body).toBe(zip);
    const headers = (index: number) => (calls[index]?.init.headers ?? {}) as Record<string, string>;
    expect(headers(0)["content-type"]).toBe("application/zip");
    await client.post("/api/interop/hsds/import", new Blob(["{}"]));
    expect(headers(1)["content-type"]).toBe("application/octet-stream");
  });
});
