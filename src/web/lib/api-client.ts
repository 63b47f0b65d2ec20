import type { ErrorCode, TErrorDetail } from "../../shared/errors.ts";
import type { Locale } from "../../shared/vocabulary.ts";

/** `network` when no answer came at all (offline, server down). */
export type ApiErrorCode = ErrorCode | "network";

/**
 * A failed API call with the server's `{ error: { code, message, details } }`; the message is already in
 * the interface language. Answers in another shape (better-auth's own endpoints) get a code from the status.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: TErrorDetail[] = [],
    /** The code of an answer that was not in the API's shape, e.g. better-auth's `INVALID_PASSWORD`. */
    readonly sourceCode: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The translated message of one field (`path` as the API writes it, e.g. `title.kk`). */
  fieldMessage(path: string): string | undefined {
    return this.details.find((detail) => detail.path === path)?.message;
  }
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  429: "rate_limited",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Turns any error answer into an ApiError. */
export function toApiError(status: number, body: unknown, statusText = ""): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (error && typeof error.code === "string" && typeof error.message === "string") {
    const details = Array.isArray(error.details) ? (error.details as TErrorDetail[]) : [];
    return new ApiError(status, error.code as ErrorCode, error.message, details);
  }
  const code = CODE_BY_STATUS[status] ?? (status >= 500 ? "internal" : "bad_request");
  const message = isRecord(body) && typeof body.message === "string" ? body.message : statusText || code;
  const sourceCode = isRecord(body) && typeof body.code === "string" ? body.code : null;
  return new ApiError(status, code, message, [], sourceCode);
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** `?a=1&tags=x,y` from an object; empty values are left out, lists are comma-separated (see csvList). */
export function queryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface ApiClientOptions {
  /** The interface language, sent as Accept-Language so error messages come back translated. */
  locale: () => Locale;
  fetch?: typeof fetch;
  /** Prefix for paths, empty in the browser (same origin). */
  baseUrl?: string;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T>(method: string, path: string, request: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      accept: "application/json",
      "accept-language": options.locale(),
    };
    // A FormData body (a file upload) goes as multipart with the boundary the browser sets; a Blob (a raw
    // upload) as its bytes with its own type.
    const isForm = typeof FormData !== "undefined" && request.body instanceof FormData;
    const blob = typeof Blob !== "undefined" && request.body instanceof Blob ? request.body : null;
    if (blob) headers["content-type"] = blob.type || "application/octet-stream";
    else if (request.body !== undefined && !isForm) headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl ?? ""}${path}${queryString(request.query)}`, {
        method,
        headers,
        credentials: "same-origin",
        ...(request.body !== undefined
          ? { body: isForm ? (request.body as FormData) : (blob ?? JSON.stringify(request.body)) }
          : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (cause) {
      if ((cause as Error)?.name === "AbortError") throw cause;
      throw new ApiError(0, "network", (cause as Error)?.message ?? "network error");
    }
    const text = await response.text();
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    if (!response.ok) throw toApiError(response.status, body, response.statusText);
    return body as T;
  }

  return {
    request,
    get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
      request<T>("GET", path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) }),
    post: <T>(path: string, body: unknown = {}) => request<T>("POST", path, { body }),
    patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
    put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
    delete: <T>(path: string) => request<T>("DELETE", path),
  };
}
