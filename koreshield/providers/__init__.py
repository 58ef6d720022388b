"""
Providers: how a validated request becomes a request to one upstream API, and
how that API's answers become OpenAI's.

One module per provider family.  A provider builds L{UpstreamRequest}s (URL,
headers carrying the provider's key, body); it never sends them, so building
is easy to test and the relay stays the same for every family.

Families that do not speak OpenAI (L{anthropic}, L{gemini}) translate: the
OpenAI side of both is read by L{openai_request} and written by
L{openai_response}, and the failures they share live in L{translation}.  The
translators are pure, with no I/O and no Twisted, so the relay decides where
and when they run.
"""
