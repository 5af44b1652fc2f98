"""Pick a sample of mutants, and print the mutation score per module from mutmut's results.

Run by tools/mutation.sh around ``mutmut run``; module names are dotted names under
dg_plan (``_model``, ``tracking.ledger``), all the mutated modules when none is given.

    python tools/mutation_score.py pick --sample 40 --seed 1 _plan _query > names.txt
    python tools/mutation_score.py score [--names names.txt] [_plan _query]

``pick`` lists the mutants mutmut generates for each module (the same generator, on the
source in src/, sorted by name) and draws ``--sample`` of them with a seed of its own per
module, so a seed names the same mutants every time the source is the same, whichever
other modules are picked with it (a smaller sample is not always part of a larger one:
``random.sample`` draws differently for some sizes). ``score`` reads the results in
mutants/ and prints, per module: the mutants generated, those looked at (the sample, or
all of them), killed / checked with the score, a 95% Wilson interval when it is a sample,
the mutants no test in the selection reaches, and the survivors. A mutant counts as
killed when a test failed or the run timed out with it in place.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = frozenset({1, 3, 24, -24, 152, 255, 36})  # a test failed, or the run timed out
SURVIVED = frozenset({0})
NO_TESTS = frozenset({5, 33})  # no test of the selection calls the mutated function
NOT_CHECKED = frozenset({None})


def mutated_modules() -> tuple[str, ...]:
    """The module names (``_plan``, ``tracking.ledger``) that [tool.mutmut] mutates."""
    from mutmut.configuration import config  # noqa: PLC0415

    os.chdir(ROOT)  # mutmut reads pyproject.toml from the working directory
    package = Path("src") / "dg_plan"
    return tuple(
        ".".join(Path(p).relative_to(package).with_suffix("").parts) for p in config().only_mutate
    )


def source_path(module: str) -> Path:
    """The source file of *module* (``tracking.ledger``), relative to the repository."""
    return Path("src", "dg_plan", *module.split(".")).with_suffix(".py")


def generated_mutants(module: str) -> list[str]:
    """The names of the mutants mutmut generates for one module, sorted."""
    from mutmut.mutation.file_mutation import mutate_file_contents  # noqa: PLC0415
    from mutmut.utils.format_utils import get_mutant_name  # noqa: PLC0415

    path = source_path(module)
    source = (ROOT / path).read_text(encoding="utf-8")
    mutated = mutate_file_contents(str(path), source)
    return sorted(get_mutant_name(path, name) for name in mutated.mutant_names)


def pick(modules: tuple[str, ...], sample: int, seed: int) -> list[str]:
    """Draw ``sample`` mutant names per module, reproducibly from ``seed``."""
    names: list[str] = []
    for module in modules:
        every = generated_mutants(module)
        rng = random.Random(f"{seed}:{module}")  # noqa: S311 - a sample, not a secret
        names.extend(sorted(rng.sample(every, min(sample, len(every)))))
    return names


def wilson(killed: int, checked: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval (95% by default) of a proportion killed / checked."""
    if not checked:
        return (0.0, 1.0)
    p = killed / checked
    denominator = 1 + z * z / checked
    centre = (p + z * z / (2 * checked)) / denominator
    half = z * math.sqrt(p * (1 - p) / checked + z * z / (4 * checked * checked)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def status_of(code: int | None) -> str:
    """The class of one mutmut exit code."""
    if code in KILLED:
        return "killed"
    if code in SURVIVED:
        return "survived"
    if code in NO_TESTS:
        return "no tests"
    if code in NOT_CHECKED:
        return "not checked"
    return "other"


def score(modules: tuple[str, ...], names: frozenset[str] | None) -> int:
    """Print each module's score; over ``names`` only when given (a sample)."""
    for module in modules:
        meta = ROOT / "mutants" / source_path(module).with_suffix(".py.meta")
        if not meta.exists():
            print(f"dg_plan.{module}: no results (mutants/ has no {meta.name})")
            continue
        codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))[
            "exit_code_by_key"
        ]
        looked_at = {k: c for k, c in codes.items() if names is None or k in names}
        status = Counter(status_of(c) for c in looked_at.values())
        killed, survived = status["killed"], status["survived"]
        checked = killed + survived
        line = f"dg_plan.{module}: {len(codes)} mutants"
        line += f", {len(looked_at)} sampled" if names is not None else ""
        line += f"; {killed}/{checked} killed"
        if checked:
            line += f" = {100 * killed / checked:.1f}%"
            if names is not None:
                low, high = wilson(killed, checked)
                line += f" (95% CI {100 * low:.1f}-{100 * high:.1f}%)"
        others = [f"{status[s]} {s}" for s in ("no tests", "not checked", "other") if status[s]]
        if others:
            line += f"; {', '.join(others)}"
        print(line)
        for key, code in sorted(looked_at.items()):
            if status_of(code) in {"survived", "no tests", "other"}:
                print(f"    {status_of(code)}: {key}  (exit code {code})")
    return 0


def main(argv: list[str]) -> int:
    """Parse the command line and run ``pick`` or ``score``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    picking = commands.add_parser("pick", help="print a reproducible sample of mutant names")
    picking.add_argument("--sample", type=int, required=True, help="mutants per module")
    picking.add_argument("--seed", type=int, default=1)
    picking.add_argument("modules", nargs="*")
    scoring = commands.add_parser("score", help="print the score per module")
    scoring.add_argument("--names", type=Path, help="score only the mutants named in this file")
    scoring.add_argument("modules", nargs="*")
    args = parser.parse_args(argv)
    modules = tuple(args.modules) or mutated_modules()
    if args.command == "pick":
        print("\n".join(pick(modules, args.sample, args.seed)))
        return 0
    names = None
    if args.names is not None:
        names = frozenset(args.names.read_text(encoding="utf-8").split())
    return score(modules, names)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
