/**
 * `Koreshield`: a client for KoreShield's scan API (`POST /v1/scan`, `POST /v1/scan/batch`), over `fetch`
 * and nothing else.
 */

import { APIConnectionError, APIError, APITimeoutError, errorFromAnswer } from "./errors.js";
import { parseBatchResults, parseScanResult, UnexpectedAnswer } from "./results.js";
import { type ClientSettings, type KoreshieldOptions, resolveSettings } from "./settings.js";
import type { Role, ScanRequest, ScanResult, Sensitivity } from "./types.js";
import { VERSION } from "./version.js";

/** The proxy's limit per `/v1/scan/batch` request; longer batches are split. */
export const MAX_BATCH_ITEMS = 100;

const USER_AGENT = `koreshield-typescript/${VERSION}`;

export interface RequestOptions {
  /** Abandon the request; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface BatchDefaults {
  /** For the items that do not say their own. */
  sensitivity?: Sensitivity;
  /** For the text items that do not say their own. */
  role?: Role;
}

export class Koreshield {
  readonly apiKey: string | null;
  readonly baseURL: string;
  /** Milliseconds. */
  readonly timeout: number;
  readonly #fetch: typeof fetch;

  constructor(options: KoreshieldOptions = {}) {
    const settings: ClientSettings = resolveSettings(options);
    this.apiKey = settings.apiKey;
    this.baseURL = settings.baseURL;
    this.timeout = settings.timeout;
    this.#fetch = settings.fetch;
  }

  /** Scan one text (`{ content, sensitivity?, role? }`) or a conversation (`{ messages, sensitivity? }`). */
  scan(request: ScanRequest, options: RequestOptions = {}): Promise<ScanResult> {
    return this.#post("/v1/scan", checkedItem(request), parseScanResult, options);
  }

  /**
   * Scan many texts or requests in one call; the results are in the same order. More than 100 items are
   * sent as several requests, one after another.
   */
  async scanBatch(
    items: ReadonlyArray<string | ScanRequest>,
    defaults: BatchDefaults = {},
    options: RequestOptions = {},
  ): Promise<ScanResult[]> {
    const documents = items.map((item) => batchItem(item, defaults));
    const results: ScanResult[] = [];
    for (let start = 0; start < documents.length; start += MAX_BATCH_ITEMS) {
      const items = documents.slice(start, start + MAX_BATCH_ITEMS);
      results.push(...(await this.#post("/v1/scan/batch", { items }, parseBatchResults, options)));
    }
    return results;
  }

  async #post<T>(path: string, document: object, read: (json: unknown) => T, options: RequestOptions): Promise<T> {
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      Accept: "application/json",
      "User-Agent": USER_AGENT,
    };
    if (this.apiKey !== null) {
      headers.Authorization = `Bearer ${this.apiKey}`;
    }
    const { signal, done } = deadline(this.timeout, options.signal);
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(this.baseURL + path, {
        method: "POST",
        headers,
        body: JSON.stringify(document),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (options.signal?.aborted) {
        throw options.signal.reason;
      }
      if (signal.aborted) {
        throw new APITimeoutError(`no answer from ${this.baseURL} within ${this.timeout} ms`, { cause: error });
      }
      throw new APIConnectionError(`the exchange with ${this.baseURL} failed: ${describe(error)}`, { cause: error });
    } finally {
      done();
    }
    if (response.status < 200 || response.status >= 300) {
      throw errorFromAnswer(response.status, response.headers, text);
    }
    try {
      return read(JSON.parse(text));
    } catch (error) {
      if (!(error instanceof UnexpectedAnswer || error instanceof SyntaxError)) {
        throw error;
      }
      throw new APIError(response.status, `the proxy's answer to ${path} is not what it documents: ${error.message}`, {
        code: "unexpected_answer",
        requestId: response.headers.get("x-request-id"),
      });
    }
  }
}

/** A signal that aborts after `timeout` ms or when `outer` does, and a function to stop watching. */
function deadline(timeout: number, outer: AbortSignal | undefined): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const forward = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) {
    forward();
  }
  outer?.addEventListener("abort", forward, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener("abort", forward);
    },
  };
}

function checkedItem(request: ScanRequest): ScanRequest {
  if ("messages" in request) {
    if (!Array.isArray(request.messages)) {
      throw new TypeError("messages must be an array of message objects");
    }
  } else if (typeof request.content !== "string") {
    throw new TypeError(`content must be a string, not ${typeof request.content}`);
  }
  return request;
}

function batchItem(item: string | ScanRequest, defaults: BatchDefaults): ScanRequest {
  const request: ScanRequest = typeof item === "string" ? { content: item } : checkedItem(item);
  const withDefaults: Record<string, unknown> = { ...request };
  if (defaults.sensitivity !== undefined && withDefaults.sensitivity === undefined) {
    withDefaults.sensitivity = defaults.sensitivity;
  }
  if (defaults.role !== undefined && !("messages" in request) && withDefaults.role === undefined) {
    withDefaults.role = defaults.role;
  }
  return withDefaults as unknown as ScanRequest;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return error.message + cause;
  }
  return String(error);
}
