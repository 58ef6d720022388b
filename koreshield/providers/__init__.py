"""
Providers: how a validated request becomes a request to one upstream API.

One module per provider family.  A provider builds L{UpstreamRequest}s (URL,
headers carrying the provider's key, body); it never sends them, so building
is easy to test and the relay stays the same for every family.
"""
