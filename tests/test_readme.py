"""
The README's configuration examples are real: every YAML block in it loads
(unknown keys are errors, so a documented key that does not exist fails
here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import yaml
from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import settings_from_mapping

README = Path(__file__).resolve().parent.parent / "README.md"


class AnyVariable(Mapping[str, str]):
    """An environment in which every C{${VAR}} is set (to a port number, which suits every use)."""

    def __getitem__(self, name: str) -> str:
        return "9101"

    def __contains__(self, name: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README.read_text(), flags=re.DOTALL)


class ReadmeTests(SynchronousTestCase):
    def test_the_readme_has_yaml_examples(self) -> None:
        self.assertGreaterEqual(len(yaml_blocks()), 3)

    def test_every_yaml_example_loads(self) -> None:
        for block in yaml_blocks():
            with self.subTest(block=block[:60]):
                settings_from_mapping(yaml.safe_load(block), AnyVariable())
