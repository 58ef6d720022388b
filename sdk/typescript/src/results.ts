/**
 * Reading the proxy's answers into `ScanResult`s, checked field by field: keys the proxy may add later are
 * ignored, a documented key that is missing or of the wrong type is an `UnexpectedAnswer`, never a
 * half-filled result.
 */

import type { ScanFinding, ScanResult, ThreatType } from "./types.js";

/** A 2xx answer whose JSON does not have the documented shape. */
export class UnexpectedAnswer extends Error {}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseScanResult(document: unknown): ScanResult {
  const fields = record(document, "scan result");
  const findings = field(fields, "findings", Array.isArray, "an array") as unknown[];
  return {
    threat_detected: field(fields, "threat_detected", isBoolean, "a boolean") as boolean,
    threat_type: optionalText(fields, "threat_type") as ThreatType | null,
    confidence: field(fields, "confidence", isNumber, "a number") as number,
    findings: findings.map(parseFinding),
    scan_ms: field(fields, "scan_ms", isNumber, "a number") as number,
    cached: field(fields, "cached", isBoolean, "a boolean") as boolean,
  };
}

/** `/v1/scan/batch`'s `{"results": [...]}`, in order. */
export function parseBatchResults(document: unknown): ScanResult[] {
  const results = field(record(document, "batch answer"), "results", Array.isArray, "an array") as unknown[];
  return results.map(parseScanResult);
}

function parseFinding(document: unknown): ScanFinding {
  const fields = record(document, "finding");
  return {
    type: field(fields, "type", isText, "a string") as ThreatType,
    message_index: field(fields, "message_index", Number.isInteger, "an integer") as number,
    start: field(fields, "start", Number.isInteger, "an integer") as number,
    end: field(fields, "end", Number.isInteger, "an integer") as number,
    detector: field(fields, "detector", isText, "a string") as string,
    confidence: field(fields, "confidence", isNumber, "a number") as number,
    subtype: optionalText(fields, "subtype"),
    part: optionalText(fields, "part") ?? "content",
  };
}

function record(document: unknown, what: string): Record<string, unknown> {
  if (!isRecord(document)) {
    throw new UnexpectedAnswer(`expected a JSON object for the ${what}`);
  }
  return document;
}

function field(
  fields: Record<string, unknown>,
  name: string,
  check: (value: unknown) => boolean,
  kind: string,
): unknown {
  const value = fields[name];
  if (!check(value)) {
    throw new UnexpectedAnswer(`'${name}' is missing or not ${kind}`);
  }
  return value;
}

function optionalText(fields: Record<string, unknown>, name: string): string | null {
  const value = fields[name];
  return value === undefined || value === null ? null : (field(fields, name, isText, "a string") as string);
}

function isBoolean(value: unknown): boolean {
  return typeof value === "boolean";
}

function isNumber(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}

function isText(value: unknown): boolean {
  return typeof value === "string";
}
