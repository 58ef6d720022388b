"""
Stream an answer with the OpenAI SDK, falling back to one plain request
when the stream breaks before saying anything.

test-case-name: tests.test_client_fallback

When a provider breaks mid-stream, KoreShield ends the stream with
C{data: {"error": {..., "code": "STREAM_ERROR"}}} and C{data: [DONE]}, which
the OpenAI SDK raises as an C{openai.APIError} whose C{code} is
C{"STREAM_ERROR"}.  Before any content has reached the caller, asking
again without streaming loses nothing; after, a second answer would repeat
or contradict text the user has already seen, so the error is raised
instead.  Text is therefore never silently duplicated.

The helpers take the OpenAI client as an argument and recognise the error
by its C{code}, so the OpenAI SDK is the caller's dependency, not ours.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

STREAM_ERROR_CODE = "STREAM_ERROR"


def stream_with_fallback(openai_client: Any, **create_kwargs: Any) -> Iterator[str]:
    """
    Yield the text of C{openai_client.chat.completions.create(**create_kwargs)}
    as it streams.

    If the stream fails with C{STREAM_ERROR} before any text, the same
    request is sent once more without streaming and its text yielded whole.
    If it fails after some text, the error propagates.  Any other error
    propagates at once.  Only the first choice's text is yielded; C{stream}
    and C{stream_options} are the helper's to set.
    """
    completions = openai_client.chat.completions
    delivered = False
    try:
        stream = completions.create(**_streamed(create_kwargs))
        try:
            for chunk in stream:
                text = _delta_text(chunk)
                if text:
                    delivered = True
                    yield text
        finally:
            _close(stream)
        return
    except Exception as error:
        if delivered or not is_stream_error(error):
            raise
    text = _message_text(completions.create(**_plain(create_kwargs)))
    if text:
        yield text


async def stream_with_fallback_async(openai_client: Any, **create_kwargs: Any) -> AsyncIterator[str]:
    """L{stream_with_fallback} for C{openai.AsyncOpenAI}: an async iterator of text."""
    completions = openai_client.chat.completions
    delivered = False
    try:
        stream = await completions.create(**_streamed(create_kwargs))
        try:
            async for chunk in stream:
                text = _delta_text(chunk)
                if text:
                    delivered = True
                    yield text
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                await close()
        return
    except Exception as error:
        if delivered or not is_stream_error(error):
            raise
    text = _message_text(await completions.create(**_plain(create_kwargs)))
    if text:
        yield text


def is_stream_error(error: BaseException) -> bool:
    """Whether C{error} is the OpenAI SDK's exception for KoreShield's C{STREAM_ERROR} event."""
    return getattr(error, "code", None) == STREAM_ERROR_CODE


def _streamed(create_kwargs: dict[str, Any]) -> dict[str, Any]:
    return {**create_kwargs, "stream": True}


def _plain(create_kwargs: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in create_kwargs.items() if key not in ("stream", "stream_options")}


def _delta_text(chunk: Any) -> str | None:
    for choice in chunk.choices or ():
        if choice.index == 0:
            return choice.delta.content if choice.delta is not None else None
    return None


def _message_text(completion: Any) -> str | None:
    for choice in completion.choices or ():
        if choice.index == 0:
            return choice.message.content  # type: ignore[no-any-return]
    return None


def _close(stream: Any) -> None:
    close = getattr(stream, "close", None)
    if close is not None:
        close()
