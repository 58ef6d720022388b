/**
 * What a scan sends and answers. Field names mirror KoreShield's `POST /v1/scan` JSON one for one, so the
 * proxy's description of a verdict is the description of these types.
 */

/** How eagerly the scanner flags borderline text; the proxy's configured level when left out. */
export type Sensitivity = "low" | "medium" | "high";

/** Whose text it is: third-party text (`tool`, `document`) makes embedded instructions `indirect_injection`. */
export type Role = "user" | "system" | "developer" | "assistant" | "tool" | "document";

export type ThreatType =
  | "prompt_injection"
  | "jailbreak"
  | "system_prompt_extraction"
  | "indirect_injection"
  | "secret"
  | "pii"
  | "blocklist";

/** Scan one text. */
export interface TextScanRequest {
  content: string;
  sensitivity?: Sensitivity;
  role?: Role;
}

/** Scan a whole conversation, in chat-completions message form. */
export interface MessagesScanRequest {
  messages: ReadonlyArray<object>;
  sensitivity?: Sensitivity;
}

export type ScanRequest = TextScanRequest | MessagesScanRequest;

/** One detection: what it is, where it is, and which detector saw it. */
export interface ScanFinding {
  type: ThreatType;
  /** Which message (0 for a single text). */
  message_index: number;
  /** Offset of the first character in that message's text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** For example `rule:override`, `model`. */
  detector: string;
  /** 0..1 */
  confidence: number;
  /** A finer kind (`aws_access_key`, `email`), or null. */
  subtype: string | null;
  /** Which text of the message: `content`, `content[2]`, `tool_calls[0].function.arguments`. */
  part: string;
}

/** The verdict on one text or conversation. */
export interface ScanResult {
  /** Whether any finding passed the sensitivity's threshold. */
  threat_detected: boolean;
  /** The type of the finding that names the verdict, or null when clean. */
  threat_type: ThreatType | null;
  /** That finding's confidence; 0 when clean. */
  confidence: number;
  findings: ScanFinding[];
  /** Time the proxy spent scanning, in milliseconds. */
  scan_ms: number;
  /** Whether the proxy answered every part from its cache. */
  cached: boolean;
}
