// Against a proxy with client keys (auth.keys), which the driver starts for this file only.
import assert from "node:assert/strict";
import { test } from "node:test";

import { AuthenticationError, Koreshield, RateLimitError } from "koreshield-sdk";

import { ATTACK, authProxyURL, CLEAN, clientKey, limitedClientKey } from "./environment.js";

test("a proxy with client keys refuses a missing key", async () => {
  const error = await new Koreshield({ baseURL: authProxyURL, apiKey: null }).scan({ content: CLEAN }).catch((e) => e);
  assert.ok(error instanceof AuthenticationError, String(error));
  assert.deepEqual([error.status, error.type], [401, "authentication_error"]);
});

test("a proxy with client keys refuses a wrong key", async () => {
  const koreshield = new Koreshield({ baseURL: authProxyURL, apiKey: "ks-not-a-key" });
  await assert.rejects(koreshield.scan({ content: CLEAN }), AuthenticationError);
});

test("a proxy with client keys scans for a known key", async () => {
  const scan = await new Koreshield({ baseURL: authProxyURL, apiKey: clientKey }).scan({ content: ATTACK });
  assert.equal(scan.threat_detected, true);
});

test("a key over its rate limit gets a RateLimitError with retryAfter", async () => {
  const koreshield = new Koreshield({ baseURL: authProxyURL, apiKey: limitedClientKey });
  await koreshield.scan({ content: `${CLEAN} 1` });
  await koreshield.scan({ content: `${CLEAN} 2` });
  const error = await koreshield.scan({ content: `${CLEAN} 3` }).catch((e) => e);
  assert.ok(error instanceof RateLimitError, String(error));
  assert.equal(error.status, 429);
  assert.ok(error.retryAfter !== null && error.retryAfter > 0);
});
