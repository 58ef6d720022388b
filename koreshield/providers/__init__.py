"""
Provider translation: OpenAI chat completions in, each provider's own API out,
and its answers back into OpenAI's shapes.

One module per provider family (L{anthropic}, L{gemini}); the OpenAI side of
both is read and written by L{openai_request} and L{openai_response}, and the
failures they share live in L{translation}.  Everything here is pure, with no
I/O and no Twisted, so the relay decides where and when it runs.
"""
