"""
A small Server-Sent Events splitter for tests: bytes in, C{(event, data)}
pairs out, across arbitrary chunk boundaries, LF or CRLF line endings.

Only what tests need to feed a provider's real stream into a translator; the
proxy's own parser is the relay's.
"""

from __future__ import annotations


class SSESplitter:
    def __init__(self) -> None:
        self._buffer = b""
        self._carriage_return = b""

    def feed(self, data: bytes) -> list[tuple[str | None, str]]:
        data = self._carriage_return + data
        self._carriage_return = b""
        if data.endswith(b"\r"):
            data, self._carriage_return = data[:-1], b"\r"
        self._buffer += data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        events = []
        while b"\n\n" in self._buffer:
            block, _, self._buffer = self._buffer.partition(b"\n\n")
            name: str | None = None
            data_lines = []
            for line in block.decode().split("\n"):
                field, _, value = line.partition(":")
                value = value.removeprefix(" ")
                if field == "event":
                    name = value
                elif field == "data":
                    data_lines.append(value)
            if data_lines:
                events.append((name, "\n".join(data_lines)))
        return events
