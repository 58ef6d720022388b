"""
The OpenAI endpoints KoreShield knows and does not relay: a 404 that says so.

test-case-name: tests.test_other_endpoints

An app pointed at KoreShield calls every endpoint its SDK has.  These carry
what the scanner cannot read before the provider would see it (audio and
image uploads: C{multipart/form-data} with a file), or answer what the
exchange does not relay (speech: audio bytes, not JSON); relaying them
unscanned would open a path around the scanner.  They answer a 404 (the SDKs
raise C{NotFoundError}) with the code C{unsupported_endpoint} and the
reason, instead of the bare "Unknown path" of a typo.
"""

from __future__ import annotations

from typing import Any

from twisted.web.resource import Resource

from koreshield.errors import APIError
from koreshield.http.respond import write_error
from koreshield.http.site import OTHER_ENDPOINT

NOT_RELAYED: dict[bytes, str] = {
    b"/v1/audio/speech": "its answer is audio, which KoreShield does not relay",
    b"/v1/audio/transcriptions": "its upload is audio, which the scanner cannot read",
    b"/v1/audio/translations": "its upload is audio, which the scanner cannot read",
    b"/v1/images/edits": "its upload is an image file, which the scanner cannot read",
    b"/v1/images/variations": "its upload is an image file, which the scanner cannot read",
}
"""Each path, with why it is not relayed."""


class NotRelayedResource(Resource):
    """One endpoint of L{NOT_RELAYED}: every method answers its 404."""

    isLeaf = True
    endpoint = OTHER_ENDPOINT
    """None that KoreShield serves: its 404s count with the paths that are no endpoint."""

    def __init__(self, path: bytes) -> None:
        super().__init__()
        self._error = APIError(
            404,
            f"KoreShield does not relay {path.decode('ascii')}: {NOT_RELAYED[path]}. Call the provider directly"
            " for it, outside the proxy.",
            "unsupported_endpoint",
        )

    def render(self, request: Any) -> object:
        return write_error(request, self._error)
