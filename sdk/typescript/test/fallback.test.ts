import assert from "node:assert/strict";
import { test } from "node:test";

import OpenAI from "openai";
import { streamWithFallback } from "koreshield-sdk";

import { ATTACK, FALLBACK_TEXT, proxyURL } from "./environment.js";

const openai = new OpenAI({ baseURL: `${proxyURL}/v1`, apiKey: "unused-by-default", maxRetries: 0 });

/** The texts the helper yields for `model` (which tells the fake provider how to break), and its error. */
async function collect(model: string, content = "Say hello."): Promise<{ texts: string[]; error: unknown }> {
  const texts: string[] = [];
  try {
    for await (const text of streamWithFallback(openai, { model, messages: [{ role: "user", content }] })) {
      texts.push(text);
    }
  } catch (error) {
    return { texts, error };
  }
  return { texts, error: null };
}

test("a whole stream is yielded delta by delta", async () => {
  assert.deepEqual(await collect("fake-model"), { texts: ["Hello", " there", "."], error: null });
});

test("a stream broken before any content is asked again without streaming", async () => {
  assert.deepEqual(await collect("broken-before-content"), { texts: [FALLBACK_TEXT], error: null });
});

test("a stream broken after content throws and is not asked again", async () => {
  const { texts, error } = await collect("broken-after-content");
  assert.deepEqual(texts, ["Hal"]);
  assert.ok(error instanceof OpenAI.APIError, String(error));
  assert.equal(error.code, "STREAM_ERROR");
});

test("a blocked prompt is thrown as the SDK's PermissionDeniedError", async () => {
  const { texts, error } = await collect("fake-model", ATTACK);
  assert.deepEqual(texts, []);
  assert.ok(error instanceof OpenAI.PermissionDeniedError, String(error));
});
