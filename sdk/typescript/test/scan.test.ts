import assert from "node:assert/strict";
import { test } from "node:test";

import { Koreshield, type ScanResult } from "koreshield-sdk";

import { ATTACK, BORDERLINE, CLEAN, INDIRECT, proxyURL } from "./environment.js";

const koreshield = new Koreshield({ baseURL: proxyURL });

test("a clean text is not a threat", async () => {
  const scan = await koreshield.scan({ content: CLEAN });
  assert.deepEqual([scan.threat_detected, scan.threat_type, scan.findings], [false, null, []]);
});

test("an attack is a threat with its findings", async () => {
  const scan = await koreshield.scan({ content: ATTACK });
  assert.equal(scan.threat_detected, true);
  assert.equal(scan.threat_type, "prompt_injection");
  assert.ok(scan.confidence > 0.5);
  const [finding] = scan.findings;
  assert.ok(finding);
  assert.equal(ATTACK.slice(finding.start, finding.end), "Ignore all previous instructions");
  assert.deepEqual(Object.keys(scan).sort(), [
    "cached",
    "confidence",
    "findings",
    "scan_ms",
    "threat_detected",
    "threat_type",
  ]);
});

test("an attack is a threat at every sensitivity", async () => {
  for (const sensitivity of ["low", "medium", "high"] as const) {
    const scan = await koreshield.scan({ content: ATTACK, sensitivity });
    assert.equal(scan.threat_detected, true, sensitivity);
  }
});

test("sensitivity is honoured", async () => {
  const low = await koreshield.scan({ content: BORDERLINE, sensitivity: "low" });
  const high = await koreshield.scan({ content: BORDERLINE, sensitivity: "high" });
  assert.deepEqual([low.threat_detected, high.threat_detected], [false, true]);
});

test("the role of a retrieved document makes its instructions indirect", async () => {
  const scan = await koreshield.scan({ content: INDIRECT, role: "document" });
  assert.equal(scan.threat_type, "indirect_injection");
});

test("a conversation is scanned whole", async () => {
  const scan = await koreshield.scan({
    messages: [
      { role: "user", content: "hi" },
      { role: "user", content: ATTACK },
    ],
  });
  assert.equal(scan.findings[0]?.message_index, 1);
});

test("a batch answers in order", async () => {
  const results = await koreshield.scanBatch([CLEAN, ATTACK, { content: BORDERLINE, sensitivity: "high" }]);
  assert.deepEqual(
    results.map((r: ScanResult) => r.threat_detected),
    [false, true, true],
  );
});

test("a batch longer than the proxy takes is split and kept in order", async () => {
  const texts = Array.from({ length: 230 }, (_, i) => (i % 50 === 7 ? ATTACK : `${CLEAN} (${i})`));
  const results = await koreshield.scanBatch(texts, { sensitivity: "high" });
  const flagged = results.flatMap((r, i) => (r.threat_detected ? [i] : []));
  assert.deepEqual(flagged, [7, 57, 107, 157, 207]);
});

test("the OpenAI-style base URL ending in /v1 reaches the same proxy", async () => {
  const scan = await new Koreshield({ baseURL: `${proxyURL}/v1/` }).scan({ content: ATTACK });
  assert.equal(scan.threat_detected, true);
});

test("the issue's snippet works verbatim with the URL from KORESHIELD_BASE_URL", async () => {
  process.env.KORESHIELD_BASE_URL = proxyURL;
  async function guard(userMessage: string): Promise<void> {
    const koreshield = new Koreshield({ apiKey: process.env.KORESHIELD_API_KEY });
    const scan = await koreshield.scan({ content: userMessage, sensitivity: 'high' });
    if (scan.threat_detected) throw new Error(`Blocked: ${scan.threat_type}`);
  }
  await guard(CLEAN);
  await assert.rejects(guard(ATTACK), { message: "Blocked: prompt_injection" });
});
