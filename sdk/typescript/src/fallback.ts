/**
 * Stream an answer with the OpenAI SDK, falling back to one plain request when the stream breaks before
 * saying anything.
 *
 * When a provider breaks mid-stream, KoreShield ends the stream with
 * `data: {"error": {..., "code": "STREAM_ERROR"}}` and `data: [DONE]`, which the OpenAI SDK throws as an
 * `APIError` whose `code` is `"STREAM_ERROR"`. Before any text has reached the caller, asking again without
 * streaming loses nothing; after, a second answer would repeat or contradict text the user has already seen,
 * so the error is thrown instead. Text is never silently duplicated.
 *
 * The OpenAI client is taken as an argument and the error recognised by its `code`, so the OpenAI SDK is the
 * caller's dependency, not this package's.
 */

export const STREAM_ERROR_CODE = "STREAM_ERROR";

/** What `streamWithFallback` needs of an OpenAI client: `openai.chat.completions.create`. */
export interface ChatCompletionsClient {
  chat: { completions: { create(body: never, options?: never): PromiseLike<unknown> } };
}

/** The request: `model`, `messages` and any other chat-completions parameter but `stream`. */
export interface FallbackParams {
  model: string;
  messages: ReadonlyArray<object>;
}

interface Choice {
  index?: number;
  delta?: { content?: string | null } | null;
  message?: { content?: string | null } | null;
}

interface Completion {
  choices?: Choice[] | null;
}

type Create = (body: object) => PromiseLike<unknown>;

/**
 * Yield the text of `openai.chat.completions.create({ ...params, stream: true })` as it streams (the first
 * choice's). If the stream fails with `STREAM_ERROR` before any text, the same request is sent once more
 * without streaming and its text yielded whole; after some text, the error is thrown. Any other error is
 * thrown at once.
 */
export async function* streamWithFallback<P extends FallbackParams>(
  openai: ChatCompletionsClient,
  params: P,
): AsyncGenerator<string, void, undefined> {
  const completions = openai.chat.completions;
  const create = completions.create.bind(completions) as unknown as Create;
  let delivered = false;
  try {
    const stream = (await create({ ...params, stream: true })) as AsyncIterable<Completion>;
    for await (const chunk of stream) {
      const text = firstChoice(chunk)?.delta?.content;
      if (text) {
        delivered = true;
        yield text;
      }
    }
    return;
  } catch (error) {
    if (delivered || !isStreamError(error)) {
      throw error;
    }
  }
  const { stream: _stream, stream_options: _streamOptions, ...plain } = params as P & {
    stream?: unknown;
    stream_options?: unknown;
  };
  const completion = (await create(plain)) as Completion;
  const text = firstChoice(completion)?.message?.content;
  if (text) {
    yield text;
  }
}

/** Whether `error` is the OpenAI SDK's error for KoreShield's `STREAM_ERROR` event. */
export function isStreamError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === STREAM_ERROR_CODE;
}

function firstChoice(completion: Completion): Choice | undefined {
  return completion.choices?.find((choice) => (choice.index ?? 0) === 0);
}
