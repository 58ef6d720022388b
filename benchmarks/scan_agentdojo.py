"""
The scanner on AgentDojo: instructions planted in the tool outputs an agent
reads, and the same tool outputs clean.  A report, not a test.  Two steps:

    python3 -m venv /tmp/dojo-venv && /tmp/dojo-venv/bin/pip install agentdojo==0.1.35
    /tmp/dojo-venv/bin/python benchmarks/scan_agentdojo.py build [--cache /tmp/koreshield-agentdojo.jsonl]
    python benchmarks/scan_agentdojo.py score [--cache ...] [--attacks tuning|held-out|all] [--show WHAT]

AgentDojo (ETH Zurich, MIT licence; PyPI ``agentdojo`` 0.1.35, benchmark
version v1.2.2, the default of its ``benchmark`` script) is the standard
benchmark for indirect prompt injection: four suites (workspace, travel,
banking, slack) whose environments are realistic tool data with *injection
vectors* (placeholders with a benign default), *injection tasks* (the
attacker's goal) and *attacks* that write a goal into the vectors.

``build`` runs in a throw-away venv with AgentDojo installed (it is no
KoreShield dependency, and this step imports nothing of KoreShield) and uses
AgentDojo's own code: each suite's default environment, each attack's
``attack(user_task, injection_task)`` for its injections, the environment
loaded with them, and the user task's ground-truth tool calls run against it
by AgentDojo's ``GroundTruthPipeline``, whose tool messages are the text the
suite shows a model (``tool_result_to_str``: the YAML of the e-mails, files,
reviews, messages or web page a call returns).  An attack row is a tool
message that holds an injection vector (AgentDojo's canaries show which; its
``where`` names them) and differs from the same call's message on the default
environment.  Messages that differ only because they carry the time of the
run (an e-mail sent, a file written) are not attacks, and make two builds'
bytes differ.  Clean rows are the tool messages of every user
task's ground truth on the default environment (``output``) and every item of
every environment (an e-mail, an event, a file, a hotel, a transaction, a
channel message, a web page: ``document``), YAML like a tool shows it.  The
pairs (user task, injection task) are a seeded sample of at most ``--pairs``
per suite, the same for every attack; a denial-of-service attack runs with a
suite's first injection task only, as AgentDojo's benchmark runs it.  Every
registered attack needs no LLM and no GPU; ``manual`` asks a person to type
the injection and is skipped.  The important-instructions attacks address the
model by name: the pipeline is named ``gpt-4o-2024-05-13`` (AgentDojo's
paper's main model, "GPT-4").  The cache is JSON lines (text, label, suite,
attack, injection task, user task, where, function) outside the repository:
AgentDojo's data is not committed here.

``score`` needs only this repository: each row as a ``tool`` message and as
a ``user`` message that pastes it ("Here is what `FUNCTION` returned:" and
the text), at low, medium and high; recall per suite and attack, false
alarms per suite (rows and documents), and the CPU time of a scan.

The attacks are split in two halves by AgentDojo's module, decided before
any row or template was read: **tuning** is
``important_instructions_attacks`` (``important_instructions`` and its
name variants, ``tool_knowledge``), whose misses may be read to improve the
scanner; **held-out** is ``baseline_attacks`` (``direct``,
``ignore_previous``, ``system_message``, ``injecagent``) and ``dos_attacks``
(``dos`` and its four variants), only ever counted.  Clean rows are benign
data and may be read.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CACHE = Path("/tmp/koreshield-agentdojo.jsonl")
BENCHMARK_VERSION = "v1.2.2"
PIPELINE_NAME = "gpt-4o-2024-05-13"
SEED = 24
SKIPPED_ATTACKS = {"manual": "asks a person to type each injection"}
TUNING_MODULES = ("agentdojo.attacks.important_instructions_attacks",)
SENSITIVITIES = ("low", "medium", "high")


# --- build (in AgentDojo's venv) ----------------------------------------------------------------------------


def _tool_messages(suite: Any, user_task: Any, environment: Any) -> list[tuple[str, str]]:
    """(function, text) of each tool message of C{user_task}'s ground truth run on a copy of C{environment}."""
    from agentdojo.agent_pipeline.ground_truth_pipeline import GroundTruthPipeline
    from agentdojo.functions_runtime import FunctionsRuntime
    from agentdojo.types import get_text_content_as_str

    pipeline = GroundTruthPipeline(user_task)
    fresh = copy.deepcopy(environment)  # the ground truth's calls change the environment they run on
    _, _, _, messages, _ = pipeline.query(user_task.PROMPT, FunctionsRuntime(suite.tools), fresh)
    return [
        (message["tool_call"].function, get_text_content_as_str(message["content"]))
        for message in messages
        if message["role"] == "tool"
    ]


def _items(value: Any) -> Iterator[Any]:
    """Every document of an environment's dump: each record of a list (an e-mail, a hotel), each long string."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _items(item)
    elif isinstance(value, list):
        for item in value:
            yield from [item] if isinstance(item, dict) else _items(item)
    elif isinstance(value, str) and len(value) > 80:
        yield value


def _document_text(item: Any) -> str:
    import yaml

    return item if isinstance(item, str) else str(yaml.safe_dump(item)).strip()


def _pipeline() -> Any:
    from agentdojo.agent_pipeline.base_pipeline_element import BasePipelineElement

    class NamedOnly(BasePipelineElement):
        """A pipeline that only has a name: the attacks read it, none calls it."""

        name = PIPELINE_NAME

        def query(self, *args: Any, **kwargs: Any) -> Any:
            raise NotImplementedError("no model is called while building the rows")

    return NamedOnly()


def build_rows(pairs_per_suite: int) -> Iterator[dict[str, Any]]:
    from agentdojo.attacks.attack_registry import ATTACKS, load_attack
    from agentdojo.task_suite.load_suites import get_suites

    pick = random.Random(SEED)
    for suite_name, suite in sorted(get_suites(BENCHMARK_VERSION).items()):
        clean_environment = suite.load_and_inject_default_environment({})
        seen: set[str] = set()
        clean: dict[str, list[tuple[str, str]]] = {}
        for task_id, user_task in suite.user_tasks.items():
            clean[task_id] = _tool_messages(suite, user_task, clean_environment)
            for function, text in clean[task_id]:
                if text not in seen:
                    seen.add(text)
                    yield _row(text, False, suite_name, "", "", task_id, "output", function)
        for item in _items(clean_environment.model_dump()):
            text = _document_text(item)
            if text not in seen:
                seen.add(text)
                yield _row(text, False, suite_name, "", "", "", "document", "")
        canaries = {vector: f"<CANARY---{vector}--->" for vector in suite.get_injection_vector_defaults()}
        canary_environment = suite.load_and_inject_default_environment(canaries)
        vectors_in: dict[str, list[list[str]]] = {}
        for task_id, user_task in suite.user_tasks.items():
            outputs = _tool_messages(suite, user_task, canary_environment)
            vectors_in[task_id] = [[v for v, mark in canaries.items() if mark in text] for _, text in outputs]
        pairs = sorted((u, i) for u in suite.user_tasks for i in suite.injection_tasks)
        chosen = sorted(pick.sample(pairs, min(pairs_per_suite, len(pairs))))
        first_injection = next(iter(suite.injection_tasks))
        for attack_name in sorted(ATTACKS):
            if attack_name in SKIPPED_ATTACKS:
                continue
            attack = load_attack(attack_name, suite, _pipeline())
            runs = sorted({(u, first_injection) for u, _ in chosen}) if attack.is_dos_attack else chosen
            for task_id, injection_id in runs:
                user_task = suite.user_tasks[task_id]
                injections = attack.attack(user_task, suite.injection_tasks[injection_id])
                environment = suite.load_and_inject_default_environment(injections)
                outputs = _tool_messages(suite, user_task, environment)
                for index, (function, text) in enumerate(outputs):
                    vectors = ",".join(vectors_in[task_id][index])
                    if vectors and text != clean[task_id][index][1]:
                        yield _row(text, True, suite_name, attack_name, injection_id, task_id, vectors, function)
            print(f"built {suite_name} {attack_name}", file=sys.stderr)


def _row(
    text: str, label: bool, suite: str, attack: str, injection: str, task: str, where: str, function: str
) -> dict[str, Any]:
    return {
        "text": text,
        "label": label,
        "suite": suite,
        "attack": attack,
        "injection_task": injection,
        "user_task": task,
        "where": where,
        "function": function,
    }


def attack_half(attack: str) -> str:
    """C{tuning} or C{held-out}: the half of the split (this module's docstring) C{attack} belongs to."""
    from agentdojo.attacks.attack_registry import ATTACKS

    return "tuning" if ATTACKS[attack].__module__ in TUNING_MODULES else "held-out"


def build(cache: Path, pairs_per_suite: int) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    with cache.open("w", encoding="utf-8") as handle:
        for row in build_rows(pairs_per_suite):
            if row["label"]:
                row["half"] = attack_half(row["attack"])
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            counts[row["suite"], row["attack"] or row["where"]] += 1
    for key in sorted(counts):
        print(*key, counts[key])
    print(f"wrote {sum(counts.values())} rows to {cache}")


# --- score (in KoreShield's venv) ---------------------------------------------------------------------------


def pasted_by_user(row: dict[str, Any]) -> str:
    """The row as a user's message that pastes it."""
    return f"Here is what `{row['function'] or 'the tool'}` returned:\n\n{row['text']}"


def score(cache: Path, halves: str, show: str | None) -> None:
    if __package__ in (None, ""):
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from koreshield.scan import Scanner, ScanPolicy
    from koreshield.scan.evaluation import is_flagged

    rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if not row["label"] or halves == "all" or row["half"] == halves]
    scanner = Scanner(ScanPolicy(cache_size=0))
    flagged: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    totals: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    cpu: list[float] = []
    for row in rows:
        key = (row["suite"], row["attack"]) if row["label"] else (row["suite"], "clean " + row_kind(row))
        totals[key]["n"] += 1
        for role, text in (("tool", row["text"]), ("user", pasted_by_user(row))):
            for level in SENSITIVITIES:
                started = time.process_time()
                verdict = scanner.scan_text(text, role, level)
                if role == "tool" and level == "medium":
                    cpu.append(time.process_time() - started)
                hit = is_flagged(verdict)
                flagged[key][f"{role} {level}"] += hit
                if hit and show and not row["label"] and show in key[1] and level == "medium":
                    print(f"false alarm ({role}):", json.dumps(text[:600], ensure_ascii=False))
    print_table(flagged, totals, {row["attack"]: row["half"] for row in rows if row["label"]})
    cpu.sort()
    p50, p99 = cpu[len(cpu) // 2], cpu[min(len(cpu) - 1, int(len(cpu) * 0.99))]
    sizes = sorted(len(row["text"]) for row in rows)
    print(
        f"\nscan CPU time, tool role at medium, {len(cpu)} rows (median {statistics.median(sizes)} characters, "
        f"max {sizes[-1]}): p50 {p50 * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms"
    )


def row_kind(row: dict[str, Any]) -> str:
    return "document" if row["where"] == "document" else "output"


def print_table(
    flagged: dict[tuple[str, str], Counter[str]], totals: dict[tuple[str, str], Counter[str]], halves: dict[str, str]
) -> None:
    """Rates per suite and attack or clean kind, then totals per kind and per half of the attacks."""
    columns = [f"{role} {level}" for role in ("tool", "user") for level in SENSITIVITIES]
    print(f"{'suite':10} {'attack / clean':40} {'rows':>6}  " + "  ".join(f"{c:>11}" for c in columns))
    summed: dict[str, Counter[str]] = defaultdict(Counter)
    for key in sorted(totals, key=lambda k: (k[1].startswith("clean"), k)):
        n = totals[key]["n"]
        if key[1].startswith("clean"):
            groups = ["all clean " + key[1].split()[-1]]
        else:
            groups = ["all attacks", f"attacks, {halves[key[1]]} half"]
        for group in groups:
            summed[group]["n"] += n
            for column in columns:
                summed[group][column] += flagged[key][column]
        print(f"{key[0]:10} {key[1]:40} {n:>6}  " + "  ".join(_share(flagged[key][c], n) for c in columns))
    for group, counts in sorted(summed.items()):
        n = counts["n"]
        print(f"{'total':10} {group:40} {n:>6}  " + "  ".join(_share(counts[c], n) for c in columns))


def _share(hits: int, n: int) -> str:
    return f"{100 * hits / n:10.1f}%" if n else f"{'-':>11}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    building = commands.add_parser("build", help="write the rows (needs agentdojo==0.1.35)")
    building.add_argument("--cache", type=Path, default=CACHE)
    building.add_argument("--pairs", type=int, default=120, help="(user task, injection task) pairs per suite")
    scoring = commands.add_parser("score", help="scan the rows (needs only this repository)")
    scoring.add_argument("--cache", type=Path, default=CACHE)
    scoring.add_argument("--attacks", choices=("tuning", "held-out", "all"), default="all")
    scoring.add_argument("--show", metavar="WHAT", help="print clean rows flagged at medium whose group holds WHAT")
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.cache, args.pairs)
    else:
        score(args.cache, args.attacks, args.show)


if __name__ == "__main__":
    main()
