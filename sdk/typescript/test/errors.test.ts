import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  Koreshield,
  KoreshieldError,
  RateLimitError,
  type Sensitivity,
} from "koreshield-sdk";

import { CLEAN, closedURL, proxyURL, scriptedURL } from "./environment.js";

test("an invalid request is an APIError with status, code and param", async () => {
  const koreshield = new Koreshield({ baseURL: proxyURL });
  const error = await koreshield.scan({ content: CLEAN, sensitivity: "extreme" as Sensitivity }).catch((e) => e);
  assert.ok(error instanceof APIError);
  assert.ok(error instanceof KoreshieldError);
  assert.deepEqual([error.status, error.code, error.param], [400, "invalid_request", "sensitivity"]);
  assert.match(error.requestId ?? "", /^req_/);
});

test("nothing listening is an APIConnectionError", async () => {
  const error = await new Koreshield({ baseURL: closedURL }).scan({ content: CLEAN }).catch((e) => e);
  assert.ok(error instanceof APIConnectionError, String(error));
  assert.ok(!(error instanceof APITimeoutError));
});

test("a proxy that never answers is an APITimeoutError", async () => {
  const koreshield = new Koreshield({ baseURL: `${scriptedURL}/silent`, timeout: 300 });
  await assert.rejects(koreshield.scan({ content: CLEAN }), APITimeoutError);
});

test("an abort signal abandons the request with its reason", async () => {
  const koreshield = new Koreshield({ baseURL: `${scriptedURL}/silent` });
  const controller = new AbortController();
  const scanning = koreshield.scan({ content: CLEAN }, { signal: controller.signal });
  controller.abort(new Error("user left"));
  await assert.rejects(scanning, { message: "user left" });
});

test("401 is an AuthenticationError", async () => {
  const error = await new Koreshield({ baseURL: `${scriptedURL}/unauthorized` }).scan({ content: CLEAN }).catch((e) => e);
  assert.ok(error instanceof AuthenticationError);
  assert.deepEqual([error.status, error.type], [401, "authentication_error"]);
});

test("429 is a RateLimitError with retryAfter in seconds", async () => {
  const error = await new Koreshield({ baseURL: `${scriptedURL}/rate-limited` }).scan({ content: CLEAN }).catch((e) => e);
  assert.ok(error instanceof RateLimitError);
  assert.deepEqual([error.status, error.retryAfter], [429, 17]);
});

test("a success that is not a verdict is an APIError", async () => {
  const error = await new Koreshield({ baseURL: `${scriptedURL}/not-a-verdict` }).scan({ content: CLEAN }).catch((e) => e);
  assert.ok(error instanceof APIError);
  assert.deepEqual([error.status, error.code], [200, "unexpected_answer"]);
});

test("a baseURL that is not http(s) is refused at construction", () => {
  assert.throws(() => new Koreshield({ baseURL: "ftp://localhost" }), TypeError);
});
