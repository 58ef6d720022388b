/**
 * Where the client sends requests and with which key, resolved once at construction. Defaults come from
 * `process.env` where there is one (Node, Bun, Deno with env access), read here and nowhere else.
 */

export const DEFAULT_BASE_URL = "http://localhost:8000";
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface KoreshieldOptions {
  /** The client key, sent as `Authorization: Bearer`; defaults to `process.env.KORESHIELD_API_KEY`. */
  apiKey?: string | null;
  /**
   * The proxy; defaults to `process.env.KORESHIELD_BASE_URL`, else `http://localhost:8000`. The OpenAI-style
   * form ending in `/v1` works too.
   */
  baseURL?: string | null;
  /** Milliseconds for a whole request; 30 000 by default. */
  timeout?: number;
  /** A `fetch` of your own (a proxy agent, a test double); the global one by default. */
  fetch?: typeof fetch;
}

export interface ClientSettings {
  apiKey: string | null;
  /** Origin and any mount path, without a trailing slash or `/v1`. */
  baseURL: string;
  timeout: number;
  fetch: typeof fetch;
}

export function resolveSettings(options: KoreshieldOptions, env: Environment = processEnvironment()): ClientSettings {
  const raw = (options.baseURL ?? env.KORESHIELD_BASE_URL ?? DEFAULT_BASE_URL).trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(`baseURL must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "") {
    throw new TypeError(`baseURL must be an http(s) URL without query or fragment, got ${JSON.stringify(raw)}`);
  }
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (!(timeout > 0)) {
    throw new RangeError(`timeout must be a positive number of milliseconds, got ${timeout}`);
  }
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  if (typeof fetchImplementation !== "function") {
    throw new TypeError("no fetch: use Node 18 or later, or pass options.fetch");
  }
  const path = url.pathname.replace(/\/+$/, "").replace(/\/v1$/, "");
  const apiKey = options.apiKey === undefined ? env.KORESHIELD_API_KEY : options.apiKey;
  return {
    apiKey: apiKey === undefined || apiKey === null || apiKey === "" ? null : apiKey,
    baseURL: url.origin + path,
    timeout,
    fetch: fetchImplementation,
  };
}

export type Environment = Record<string, string | undefined>;

function processEnvironment(): Environment {
  const runtime = globalThis as { process?: { env?: Environment } };
  return runtime.process?.env ?? {};
}
