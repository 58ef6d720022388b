/**
 * koreshield-sdk: a client for KoreShield's scan API, and a streaming fallback for the OpenAI SDK.
 *
 * ```ts
 * import { Koreshield } from "koreshield-sdk";
 * const koreshield = new Koreshield({ apiKey: process.env.KORESHIELD_API_KEY });
 * const scan = await koreshield.scan({ content: userMessage, sensitivity: "high" });
 * if (scan.threat_detected) throw new Error(`Blocked: ${scan.threat_type}`);
 * ```
 */

export { type BatchDefaults, Koreshield, MAX_BATCH_ITEMS, type RequestOptions } from "./client.js";
export {
  APIConnectionError,
  APIError,
  type APIErrorFields,
  APITimeoutError,
  AuthenticationError,
  KoreshieldError,
  RateLimitError,
} from "./errors.js";
export {
  type ChatCompletionsClient,
  type FallbackParams,
  isStreamError,
  STREAM_ERROR_CODE,
  streamWithFallback,
} from "./fallback.js";
export type { KoreshieldOptions } from "./settings.js";
export type {
  MessagesScanRequest,
  Role,
  ScanFinding,
  ScanRequest,
  ScanResult,
  Sensitivity,
  TextScanRequest,
  ThreatType,
} from "./types.js";
export { VERSION } from "./version.js";
