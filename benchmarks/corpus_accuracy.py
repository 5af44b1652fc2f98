"""How right ``dg_plan.importing.read`` is on the corpus of published task lists.

Prints, for each set of the corpus (main; the holdout, tests/importing/corpus/holdout,
lists the rules were not written for; and unseen, tests/importing/corpus/unseen, lists
collected after the rules were written and never used to tune them; and trial,
tests/importing/corpus/trial, a fresh set of 14 lists a tester keyed by hand): the share of key
tasks right in each field (text, printed deadline, leads, responsible, support), right in
every field, wrong but flagged (an import problem names the task, or the file was
refused), and silently wrong (wrong in a field with no import problem naming the task),
plus the task counts and the titles (right, flagged by a note, or silently wrong).

    python benchmarks/corpus_accuracy.py [-v]

``-v`` also lists every wrong task, with what was read and what the key says.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "importing" / "corpus"


def _compare() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_compare", CORPUS / "compare.py")
    if spec is None or spec.loader is None:
        raise ImportError(CORPUS / "compare.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def report(name: str, folder: Path, *, verbose: bool) -> None:
    """Print the accuracy on the documents of *folder*."""
    compare = _compare()
    outcomes = []
    counts_right = 0
    documents = 0
    for stem, want, got, found in compare.run(folder):
        documents += 1
        counts_right += want == got
        outcomes += found
        if verbose:
            for o in found:
                if not o.all_right:
                    flag = "flagged" if o.flagged else "SILENT"
                    sys.stdout.write(f"  {stem} {o.number} [{flag}]\n")
                    for field in compare.FIELDS:
                        if not o.right[field]:
                            sys.stdout.write(
                                f"    {field}: got {o.got.get(field)!r}\n"
                                f"    {' ' * len(field)}  key {o.want[field]!r}\n"
                            )
    total = len(outcomes) or 1
    sys.stdout.write(f"{name}: {documents} documents, {len(outcomes)} tasks\n")
    for field in compare.FIELDS:
        right = sum(o.right[field] for o in outcomes)
        sys.stdout.write(f"  {field:<12} {right:>3}/{len(outcomes)}  {right / total:6.1%}\n")
    every = sum(o.all_right for o in outcomes)
    silent = sum(o.silently_wrong for o in outcomes)
    flagged = len(outcomes) - every - silent
    sys.stdout.write(f"  {'all fields':<12} {every:>3}/{len(outcomes)}  {every / total:6.1%}\n")
    sys.stdout.write(
        f"  {'wrong, flagged':<12} {flagged:>3}/{len(outcomes)}  {flagged / total:6.1%}\n"
    )
    sys.stdout.write(
        f"  {'silently wrong':<12} {silent:>3}/{len(outcomes)}  {silent / total:6.1%}\n"
    )
    sys.stdout.write(f"  task count right in {counts_right}/{documents} documents\n")
    titles = [outcome for _, outcome, _ in compare.titles(folder)]
    sys.stdout.write(
        f"  title right in {titles.count('right')}/{len(titles)} documents, "
        f"flagged {titles.count('flagged')}, silently wrong {titles.count('wrong')}\n"
    )


def main(argv: list[str]) -> int:
    """Print the accuracy on the main set, the holdout, the unseen set and the trial set."""
    verbose = "-v" in argv
    report("main set", CORPUS, verbose=verbose)
    report("holdout", CORPUS / "holdout", verbose=verbose)
    report("unseen", CORPUS / "unseen", verbose=verbose)
    report("trial", CORPUS / "trial", verbose=verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
