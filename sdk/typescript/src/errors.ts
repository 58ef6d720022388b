/**
 * What the client throws: one small hierarchy. An answer that is not a success is an `APIError` carrying the
 * proxy's OpenAI-shaped error fields, narrowed to `AuthenticationError` (401) and `RateLimitError` (429) so
 * callers can catch the two they are expected to handle; not reaching the proxy is an `APIConnectionError`.
 * The names follow the OpenAI SDK's.
 */

import { isRecord } from "./results.js";

export class KoreshieldError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export interface APIErrorFields {
  code?: string | null;
  type?: string | null;
  param?: string | null;
  requestId?: string | null;
  body?: unknown;
}

/** The proxy answered, but not with a result. */
export class APIError extends KoreshieldError {
  /** The HTTP status (a 2xx whose body was not a result keeps it, with code `unexpected_answer`). */
  readonly status: number;
  /** The error's `code`, e.g. `invalid_request`. */
  readonly code: string | null;
  /** The error's `type`, e.g. `invalid_request_error`. */
  readonly type: string | null;
  /** The parameter at fault. */
  readonly param: string | null;
  /** The proxy's `X-Request-Id`, to find this request in its logs. */
  readonly requestId: string | null;
  /** The decoded JSON body, or null when it was not JSON. */
  readonly body: unknown;

  constructor(status: number, message: string, fields: APIErrorFields = {}) {
    super(`${status} ${fields.code ?? "error"}: ${message}`);
    this.status = status;
    this.code = fields.code ?? null;
    this.type = fields.type ?? null;
    this.param = fields.param ?? null;
    this.requestId = fields.requestId ?? null;
    this.body = fields.body ?? null;
  }
}

/** 401: no client key, or one the proxy does not know. */
export class AuthenticationError extends APIError {}

/** 429: this client key is over its rate limit. */
export class RateLimitError extends APIError {
  /** Seconds to wait before trying again (from `Retry-After`), or null when the proxy did not say. */
  readonly retryAfter: number | null;

  constructor(status: number, message: string, retryAfter: number | null, fields: APIErrorFields = {}) {
    super(status, message, fields);
    this.retryAfter = retryAfter;
  }
}

/** The proxy could not be reached, or the connection broke before its answer was whole. */
export class APIConnectionError extends KoreshieldError {}

/** No whole answer within the client's `timeout`. */
export class APITimeoutError extends APIConnectionError {}

/** The error for a non-success answer. */
export function errorFromAnswer(status: number, headers: Headers, text: string): APIError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message = error !== null && typeof error.message === "string" && error.message !== ""
    ? error.message
    : text.slice(0, 200).trim() || `HTTP ${status}`;
  const fields: APIErrorFields = {
    code: error === null ? null : textOrNull(error.code),
    type: error === null ? null : textOrNull(error.type),
    param: error === null ? null : textOrNull(error.param),
    requestId: headers.get("x-request-id"),
    body,
  };
  if (status === 401) {
    return new AuthenticationError(status, message, fields);
  }
  if (status === 429) {
    return new RateLimitError(status, message, retryAfterSeconds(headers.get("retry-after")), fields);
  }
  return new APIError(status, message, fields);
}

/** `Retry-After` in seconds, in either form the header may take (seconds, or an HTTP date). */
export function retryAfterSeconds(value: string | null, now: number = Date.now()): number | null {
  if (value === null) {
    return null;
  }
  const trimmed = value.trim();
  if (/^[0-9]+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? null : Math.max(0, (when - now) / 1000);
}

function textOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}
