"""
Compiled regular expressions kept from one process to the next.

test-case-name: tests.test_scan_regexcache

Building the scanner compiles about 7,000 regular expressions over coded
tokens (L{koreshield.scan.tokencodes}): in 2026-11 about 5 of the 8.5 CPU
seconds every process spent before its first scan (C{twistd koreshield}
before it listens, every C{koreshield scan} call, every test that starts a
proxy).  Nearly all of that is C{re} parsing a pattern and writing its
program.  The program depends on nothing but the pattern, its flags and
the Python that compiled it, so it is kept in a file: the next process
hands the stored program to C{_sre.compile}, as C{re} itself does after
writing it, and builds every pattern in about a tenth of a second.

Only CPython is served, and only when a probe shows that a pattern built
from a stored program equals the one C{re} compiles (C{Pattern.__eq__}
compares the programs); otherwise, and on any error reading or writing,
every pattern is simply compiled by C{re}.  C{_sre.compile} checks a
program before it accepts it ("invalid SRE code"), and the file carries a
SHA-256 of its contents, so a damaged file is ignored, never run.  The file
is keyed by the Python version and C{_sre}'s magic, so another Python never
reads it.

Where it lives: C{$KORESHIELD_CACHE_DIR} (empty: no file at all), else
systemd's C{$CACHE_DIRECTORY} (C{CacheDirectory=koreshield} in the unit),
else C{$XDG_CACHE_HOME/koreshield}, else C{~/.cache/koreshield}.  Whoever
can write that directory can change what the scanner's patterns match, as
whoever can write the package's own files can: it is made readable by its
owner only.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Final

try:  # Python 3.11 and later
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_parse as _parser

import _sre  # type: ignore[import-not-found]

CACHE_DIR_ENV: Final = "KORESHIELD_CACHE_DIR"
_FORMAT: Final = b"koreshield-regex/1\n"
_DIGEST_SIZE: Final = 32
_CODE_TYPE: Final = {2: "H", 4: "I", 8: "Q"}.get(_sre.CODESIZE, "")

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What C{_sre.compile} takes after the pattern: final flags, the program (packed), groups - 1, both group maps."""


def _program(pattern: str, flags: int) -> Entry:
    """What C{re} computes for C{pattern}, before C{_sre.compile} (as C{re._compiler.compile} does)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = array(_CODE_TYPE, code).tobytes()
    return flags | parsed.state.flags, packed, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _built(pattern: str, entry: Entry) -> re.Pattern[str]:
    final_flags, packed, groups, groupindex, indexgroup = entry
    code = array(_CODE_TYPE)
    code.frombytes(packed)
    return _sre.compile(pattern, final_flags, code.tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _served() -> bool:
    """Whether patterns built from stored programs are what C{re} compiles, on this Python."""
    if sys.implementation.name != "cpython" or not _CODE_TYPE:
        return False
    probe = r"(?P<word>[^\W\d_]{2,8})(?<![\u0100-\u02ff].)\b(?:x|[\x01-\x7f\u4e00-\u9fff]+?)(?i:AbC)?\Z"
    try:
        return _built(probe, _program(probe, 0)) == re.compile(probe)
    except Exception:  # any difference in re's internals means: do not serve
        return False


def default_directory() -> Path | None:
    """Where the file lives (see the module's docstring); C{None} when no file is wanted."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    systemd = os.environ.get("CACHE_DIRECTORY")
    if systemd:
        return Path(systemd.split(":")[0])
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "koreshield"


def _file_name() -> str:
    key = f"{sys.implementation.cache_tag}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return f"regex-{hashlib.sha256(key.encode()).hexdigest()[:16]}.bin"


class CompiledRegexStore:
    """
    Compiles patterns, from the programs stored by an earlier process where it can.

    @ivar hits: patterns built from a stored program.
    @ivar misses: patterns compiled by C{re} (their programs are stored by L{save}).
    """

    def __init__(self, directory: Path | None) -> None:
        self._served = directory is not None and _served()
        self._path = directory / _file_name() if directory is not None else None
        self._stored: dict[tuple[str, int], Entry] = self._read() if self._served else {}
        self._used: dict[tuple[str, int], Entry] = {}
        self.hits = 0
        self.misses = 0

    def _read(self) -> dict[tuple[str, int], Entry]:
        assert self._path is not None
        try:
            data = self._path.read_bytes()
        except OSError:
            return {}
        head = len(_FORMAT)
        digest, payload = data[head : head + _DIGEST_SIZE], data[head + _DIGEST_SIZE :]
        if not data.startswith(_FORMAT) or hashlib.sha256(payload).digest() != digest:
            return {}
        try:
            stored = marshal.loads(zlib.decompress(payload))
        except (ValueError, EOFError, TypeError, zlib.error):
            return {}
        return stored if isinstance(stored, dict) else {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """C{re.compile(pattern, flags)}, from a stored program where one is kept."""
        if not self._served:
            return re.compile(pattern, flags)
        flags = int(flags)
        key = (pattern, flags)
        entry = self._stored.get(key)
        if entry is not None:
            try:
                compiled = _built(pattern, entry)
            except Exception:  # a program _sre refuses: compile it afresh
                entry = None
            else:
                self.hits += 1
                self._used[key] = entry
                return compiled
        self.misses += 1
        entry = _program(pattern, flags)
        self._used[key] = entry
        return _built(pattern, entry)

    def save(self) -> bool:
        """
        Store the programs of the patterns compiled afresh, beside those
        already stored (dropping the stored ones this process did not use when
        they have come to outnumber those it did: the patterns of older
        builds).  Written to a new file then renamed, so a reader never sees
        half of it.  Whether a file was written; never raises.
        """
        if not self._served or not self.misses or self._path is None:
            return False
        kept = {**self._stored, **self._used}
        if len(kept) > 2 * len(self._used):
            kept = dict(self._used)
        payload = zlib.compress(marshal.dumps(kept), 1)
        temporary = self._path.with_name(f"{self._path.name}.{os.getpid()}.tmp")
        try:
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            temporary.write_bytes(_FORMAT + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, self._path)
        except OSError:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass
            return False
        self._stored = kept
        self.misses = 0
        return True


@functools.cache
def process_store() -> CompiledRegexStore:
    """The store every scanner of this process compiles its patterns with."""
    return CompiledRegexStore(default_directory())


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """C{re.compile}, through this process's store."""
    return process_store().compile(pattern, flags)


def save_compiled() -> bool:
    """Store this process's newly compiled programs (see L{CompiledRegexStore.save})."""
    return process_store().save()
