"""
Specifications of the compiled-pattern store (koreshield/scan/regexcache.py):
patterns built from stored programs are the patterns re compiles, and a
store that cannot read or write its file only compiles more.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan import regexcache
from koreshield.scan.cues import EVERY_ROLE_CUES, LISTS
from koreshield.scan.phrases import compile_pattern
from koreshield.scan.regexcache import CACHE_DIR_ENV, CompiledRegexStore, default_directory
from koreshield.scan.tokencodes import TokenCodes

PATTERNS = (
    (r"(?<![\w'])ignore\W{1,3}(?:all\W{1,3})?(?:previous|prior)\b", 0),
    (r"(?P<key>sk-[A-Za-z0-9]{20,})(?![A-Za-z0-9])", 0),
    (r"[\u4e00-\u9fff]{2,8}(?:指示|命令)", 0),
    (r"(?i:IGNORE)\s+(?:the\s+)?rules", re.IGNORECASE),
    (r"^\s*#+\s*(?P<title>.{1,80})$", re.MULTILINE),
    ("\x01[\x02-\x05\u0100\u0102]{0,3}\x07", 0),
)


def _store(directory: Path | None) -> CompiledRegexStore:
    return CompiledRegexStore(directory)


class StoredProgramTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.directory = Path(self.mktemp())

    def test_a_pattern_built_from_a_stored_program_is_the_one_re_compiles(self) -> None:
        first = _store(self.directory)
        compiled = [first.compile(pattern, flags) for pattern, flags in PATTERNS]
        self.assertEqual((first.hits, first.misses), (0, len(PATTERNS)))
        self.assertTrue(first.save())
        second = _store(self.directory)
        again = [second.compile(pattern, flags) for pattern, flags in PATTERNS]
        self.assertEqual((second.hits, second.misses), (len(PATTERNS), 0))
        expected = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
        self.assertEqual(again, expected)
        self.assertEqual(compiled, expected)
        self.assertEqual([p.groupindex for p in again], [p.groupindex for p in expected])
        self.assertIsNotNone(again[1].match("sk-" + "a1B2" * 6))

    def test_the_scanners_coded_patterns_are_the_ones_re_compiles(self) -> None:
        """The patterns of real cues (coded tokens far above Latin-1, look-behinds), stored and built again."""
        sequences = [s for cue in EVERY_ROLE_CUES[:40] for p in cue.phrases for s in compile_pattern(p, LISTS)]
        codes = TokenCodes(sequences, set())
        sources = [codes.source(sequence) for sequence in sequences]
        self.assertGreater(len(sources), 40)
        writer = _store(self.directory)
        for source in sources:
            writer.compile(source)
        writer.save()
        reader = _store(self.directory)
        self.assertEqual([reader.compile(source) for source in sources], [re.compile(s) for s in sources])
        self.assertEqual(reader.misses, 0)

    def test_nothing_is_written_when_nothing_was_compiled_afresh(self) -> None:
        writer = _store(self.directory)
        writer.compile(*PATTERNS[0])
        self.assertTrue(writer.save())
        [stored] = list(self.directory.iterdir())
        written = stored.stat().st_mtime_ns
        reader = _store(self.directory)
        reader.compile(*PATTERNS[0])
        self.assertFalse(reader.save())
        self.assertEqual(stored.stat().st_mtime_ns, written)

    def test_the_directory_is_its_owners_only(self) -> None:
        writer = _store(self.directory)
        writer.compile(*PATTERNS[0])
        writer.save()
        self.assertEqual(self.directory.stat().st_mode & 0o777, 0o700)

    def test_programs_of_patterns_no_longer_used_are_dropped_once_they_outnumber_the_used(self) -> None:
        writer = _store(self.directory)
        for pattern, flags in PATTERNS:
            writer.compile(pattern, flags)
        writer.save()
        newer = _store(self.directory)
        newer.compile("only (?:this|that) one")
        self.assertTrue(newer.save())
        reader = _store(self.directory)
        reader.compile("only (?:this|that) one")
        reader.compile(*PATTERNS[0])
        self.assertEqual((reader.hits, reader.misses), (1, 1))


class DamagedFileTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.directory = Path(self.mktemp())
        writer = _store(self.directory)
        for pattern, flags in PATTERNS:
            writer.compile(pattern, flags)
        writer.save()
        [self.file] = list(self.directory.iterdir())

    def _compiled_afresh(self) -> CompiledRegexStore:
        store = _store(self.directory)
        self.assertEqual(
            [store.compile(pattern, flags) for pattern, flags in PATTERNS],
            [re.compile(pattern, flags) for pattern, flags in PATTERNS],
        )
        return store

    def test_a_file_changed_after_it_was_written_is_not_read(self) -> None:
        data = bytearray(self.file.read_bytes())
        data[-10] ^= 0xFF
        self.file.write_bytes(bytes(data))
        self.assertEqual(self._compiled_afresh().misses, len(PATTERNS))

    def test_a_cut_file_is_not_read(self) -> None:
        self.file.write_bytes(self.file.read_bytes()[:100])
        self.assertEqual(self._compiled_afresh().misses, len(PATTERNS))

    def test_a_program_re_would_refuse_is_compiled_afresh_not_run(self) -> None:
        """Even with a right digest, _sre checks a program before it takes it: a bad one is replaced."""
        store = _store(self.directory)
        key = PATTERNS[0]
        flags, _, groups, groupindex, indexgroup = store._stored[key]
        store._stored[key] = (flags, b"\xff\xff\x00\x00" * 4, groups, groupindex, indexgroup)
        self.assertEqual(store.compile(*key), re.compile(*key))
        self.assertEqual((store.hits, store.misses), (0, 1))

    def test_a_directory_that_cannot_be_made_costs_only_the_file(self) -> None:
        blocked = Path(self.mktemp())
        blocked.write_text("a file where the directory would be")
        store = _store(blocked / "cache")
        self.assertEqual(store.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
        self.assertFalse(store.save())

    def test_no_directory_means_no_file(self) -> None:
        store = _store(None)
        self.assertEqual(store.compile(*PATTERNS[2]), re.compile(*PATTERNS[2]))
        self.assertFalse(store.save())


class DirectoryTests(SynchronousTestCase):
    def setUp(self) -> None:
        saved = {name: os.environ.get(name) for name in (CACHE_DIR_ENV, "CACHE_DIRECTORY", "XDG_CACHE_HOME")}

        def restore() -> None:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value

        self.addCleanup(restore)
        for name in saved:
            os.environ.pop(name, None)

    def test_koreshields_own_variable_comes_first_and_empty_turns_the_file_off(self) -> None:
        os.environ.update({CACHE_DIR_ENV: "/srv/ks-cache", "CACHE_DIRECTORY": "/var/cache/koreshield"})
        self.assertEqual(default_directory(), Path("/srv/ks-cache"))
        os.environ[CACHE_DIR_ENV] = ""
        self.assertIsNone(default_directory())

    def test_systemds_cache_directory_comes_next(self) -> None:
        os.environ.update({"CACHE_DIRECTORY": "/var/cache/koreshield", "XDG_CACHE_HOME": "/home/u/.xdg"})
        self.assertEqual(default_directory(), Path("/var/cache/koreshield"))

    def test_then_the_users_cache(self) -> None:
        os.environ["XDG_CACHE_HOME"] = "/home/u/.xdg"
        self.assertEqual(default_directory(), Path("/home/u/.xdg/koreshield"))
        del os.environ["XDG_CACHE_HOME"]
        self.assertEqual(default_directory(), Path.home() / ".cache" / "koreshield")

    def test_another_python_looks_for_another_file(self) -> None:
        """Programs are Python's own: another version or program format never reads this one's."""
        here = regexcache._file_name()
        self.assertRegex(here, r"\Aregex-[0-9a-f]{16}\.bin\Z")
        self.patch(regexcache._sre, "MAGIC", regexcache._sre.MAGIC + 1)
        self.assertNotEqual(regexcache._file_name(), here)
        self.patch(regexcache.sys, "version", "3.99.0 (another build)")
        self.assertNotEqual(regexcache._file_name(), here)
