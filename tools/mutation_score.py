"""Print the mutation score per module from mutmut's results in mutants/.

Run by tools/mutation.sh after mutmut; give module names (``_model``) to limit it.
A mutant counts as killed when a test failed (or timed out) with it in place.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3, 24, -24, 152, 255, 36}  # a test failed, or the run timed out
SURVIVED = {0}


def main(modules: list[str]) -> int:
    for meta in sorted((ROOT / "mutants" / "src" / "dg_plan").glob("*.py.meta")):
        module = meta.name.removesuffix(".py.meta")
        if modules and module not in modules:
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        status = Counter(
            "killed" if c in KILLED else "survived" if c in SURVIVED else "other"
            for c in codes.values()
        )
        if not codes:
            continue
        checked = status["killed"] + status["survived"]
        score = 100 * status["killed"] / checked if checked else 0.0
        print(
            f"dg_plan.{module}: {status['killed']}/{checked} killed = {score:.1f}%"
            f" ({status['other']} not run: no test covers them, or not checked yet)"
        )
        for key, code in sorted(codes.items()):
            if code in SURVIVED:
                print(f"    survived: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
