import type { App } from "../app.ts";

export const TEST_ORIGIN = "http://localhost:8080";

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the app in-process, like a browser would: JSON in and out, a session cookie, a language. */
export class ApiClient {
  constructor(
    private readonly app: App,
    readonly cookie: string | null = null,
    readonly lang: string | null = null,
    /** The app's own origin (its base URL's): writes from any other origin are refused as CSRF. */
    readonly origin: string = TEST_ORIGIN,
  ) {}

  withLang(lang: string): ApiClient {
    return new ApiClient(this.app, this.cookie, lang, this.origin);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = {
      method,
      headers: {
        origin: this.origin,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.lang ? { "accept-language": this.lang } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    };
    const response = await this.app.request(path, init);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers } satisfies ApiResponse<T>;
  }

  get<T = any>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>("PATCH", path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>("PUT", path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>("DELETE", path);
  }
}
