"""
The garbage collector in a proxy process: what the tuning must keep true.

The thresholds themselves are a judgement (see
L{koreshield.service.tune_garbage_collector}); these tests pin the two
properties the judgement rests on, so a change that breaks either shows.
"""

from __future__ import annotations

import json
import subprocess
import sys

from twisted.trial.unittest import SynchronousTestCase

from koreshield.service import GC_THRESHOLDS

MIDDLE_WALK_LIMIT = 100_000
"""The most survivors a middle-generation collection may walk: ~60 ms with 9,000 open streams."""

FULL_COLLECTION_EVERY = 100_000_000
"""Net new objects between full collections, at least (each walks every live stream's state)."""

_TUNED_PROCESS = """
import gc, json
from koreshield.service import tune_garbage_collector
tune_garbage_collector()
print(json.dumps({"threshold": gc.get_threshold(), "frozen": gc.get_freeze_count()}))
"""


class GarbageCollectorTuningTests(SynchronousTestCase):
    def test_a_middle_collection_walks_at_most_a_hundred_thousand_survivors(self) -> None:
        young, middle, _ = GC_THRESHOLDS
        self.assertLessEqual(young * middle, MIDDLE_WALK_LIMIT)

    def test_full_collections_stay_as_rare_as_every_hundred_million_objects(self) -> None:
        young, middle, old = GC_THRESHOLDS
        self.assertGreaterEqual(young * middle * old, FULL_COLLECTION_EVERY)

    def test_a_tuned_process_freezes_what_it_started_with_and_uses_the_thresholds(self) -> None:
        # In a child process: freezing this one would change every later test's collector.
        output = subprocess.run([sys.executable, "-c", _TUNED_PROCESS], capture_output=True, check=True, text=True)
        tuned = json.loads(output.stdout)
        self.assertEqual(tuple(tuned["threshold"]), GC_THRESHOLDS)
        self.assertGreater(tuned["frozen"], 10_000)
