"""How right ``dg_plan.importing.read`` is on the corpus of published task lists.

Prints, for each set of the corpus (main; the holdout, tests/importing/corpus/holdout, lists
the rules were not written for; and unseen, tests/importing/corpus/unseen, lists collected
after the rules were written and never used to tune them; and trial,
tests/importing/corpus/trial, a fresh set of 14 lists a tester keyed by hand; trial2 to
trial23, tests/importing/corpus/trial2 to trial23, 13, 8, 13, 12, 10, 11, 10, 10, 8, 8, 7,
6, 6, 6, 7, 5, 9, 8, 10, 9, 10 and 4 lists keyed by hand by twenty-two more testers): the share
of key tasks right in each field (text, printed deadline, leads, responsible, support), right
in every field, wrong but flagged (an import problem names the task, or the file was refused), and
silently wrong (wrong in a field with no import problem naming the task), plus the task
counts and the titles (right, flagged by a note, or silently wrong). As measured after
trial23's fixes and the table printed one row a line (2026-12-08): 695 of 872 tasks right in
every field, 176 wrong but flagged,
1 silently wrong against a doubtful key choice (trial23/04's text, held by
tests/importing/test_corpus.py's TASKS_KNOWN_SILENT; tests/importing/corpus/SOURCES.md holds
each round's figures, set by set).

    python benchmarks/corpus_accuracy.py [-v | --verbose]

``-v`` (``--verbose``) also lists, document by document, every wrong task (``flagged``
when a problem names it, else ``SILENT``) with each wrong field, what was read and what
the key says, and the problems naming the task; and every title that is not right.
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


def _problems(compare: ModuleType, folder: Path) -> dict[str, list[object]]:
    """Every document's import problems, by stem (none for a refused file)."""
    import tempfile  # noqa: PLC0415 - only for the listing

    from dg_plan import PlanImportError, importing  # noqa: PLC0415

    out: dict[str, list[object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for stem, document in compare.documents(folder):
            try:
                result = importing.read(compare.readable(document, Path(tmp)))
            except PlanImportError as exc:
                out[stem] = list(exc.problems)
                continue
            out[stem] = list(result.problems)
    return out


def _list_wrong(compare: ModuleType, stem: str, found: list, problems: list) -> None:
    """Print *stem*'s wrong tasks: each wrong field, and the problems naming the task."""
    for o in found:
        if o.all_right:
            continue
        flag = "flagged" if o.flagged else "SILENT"
        sys.stdout.write(f"  {stem} {o.number} [{flag}]\n")
        for field in compare.FIELDS:
            if not o.right[field]:
                sys.stdout.write(
                    f"    {field}: got {o.got.get(field)!r}\n"
                    f"    {' ' * len(field)}  key {o.want[field]!r}\n"
                )
        text = str(o.want["text"])
        for p in problems:
            task = getattr(p, "task", None)
            if (o.task is not None and task == o.task) or (o.task is None and text in p.text):
                sys.stdout.write(f"    problem: {str(p)[:160]}\n")


def report(name: str, folder: Path, *, verbose: bool) -> None:
    """Print the accuracy on the documents of *folder*."""
    compare = _compare()
    problems = _problems(compare, folder) if verbose else {}
    outcomes = []
    counts_right = 0
    documents = 0
    for stem, want, got, found in compare.run(folder):
        documents += 1
        counts_right += want == got
        outcomes += found
        if verbose:
            _list_wrong(compare, stem, found, problems.get(stem, ()))
    titles = []
    for stem, outcome, got in compare.titles(folder):
        titles.append(outcome)
        if verbose and outcome != "right":
            flag = "flagged" if outcome == "flagged" else "SILENT"
            sys.stdout.write(f"  {stem} title [{flag}]: got {got!r}\n")
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
    sys.stdout.write(
        f"  title right in {titles.count('right')}/{len(titles)} documents, "
        f"flagged {titles.count('flagged')}, silently wrong {titles.count('wrong')}\n"
    )


def main(argv: list[str]) -> int:
    """Print the accuracy on the main set, the holdout, the unseen set and the trial sets."""
    verbose = "-v" in argv or "--verbose" in argv
    # The sets test_corpus.py measures, in its order (compare.py's SETS): one list to extend.
    for name, folder in _compare().SETS.items():
        report("main set" if name == "main" else name, folder, verbose=verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
