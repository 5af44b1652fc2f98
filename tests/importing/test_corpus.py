"""The importer on the corpus of published task lists: every task read right, or flagged.

Every document of the main set (tests/importing/corpus, not its holdout) is imported with
``dg_plan.importing.read`` (table documents built with corpus/build.py) and each task is
compared with its hand-written key: text, printed deadline, leads, responsible and
support units (names as printed, in order), and the task count. The rule: a task is equal
to its key in every field, or an import problem names it (``problem.task``). A task wrong
with no problem naming it is silently wrong and fails, unless it is listed in
KNOWN_SILENTLY_WRONG with the rule still missing; a listed task that has become right (or
flagged) fails too, so that the table only shrinks. Each document's title must equal
the key's, or carry a note saying it is no printed title line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")
if sys.version_info < (3, 11):
    pytest.importorskip("tomli")

from dg_plan import PlanImportError, importing
from helpers.corpus import CORPUS, load

COMPARE = load("compare")
MAIN = COMPARE.documents(CORPUS)

#: (stem, the key's task number) -> the rule still missing that would read it right.
KNOWN_SILENTLY_WRONG: dict[tuple[str, str], str] = {
    **dict.fromkeys(
        [("04-yuncheng-yingji", n) for n in ("(1)", "(2)", "(3)", "(4)")],
        "(1)-style sub-items under one closing attribution line are not read as tasks",
    ),
}


def _outcomes(stem: str, document: Path, tmp_path: Path) -> tuple[int, int, list]:
    expected = COMPARE.key(document, stem)
    try:
        result = importing.read(COMPARE.readable(document, tmp_path))
    except PlanImportError:
        return len(expected["task"]), 0, []
    return len(expected["task"]), len(result.plan.tasks), COMPARE.compare(stem, expected, result)


@pytest.mark.parametrize(("stem", "document"), MAIN, ids=[s for s, _ in MAIN])
def test_every_task_is_right_or_flagged(stem, document, tmp_path):
    want, got, outcomes = _outcomes(stem, document, tmp_path)
    silent = []
    for outcome in outcomes:
        known = (stem, outcome.number) in KNOWN_SILENTLY_WRONG
        if outcome.silently_wrong and not known:
            wrong = {
                f: (outcome.got.get(f), outcome.want[f])
                for f, ok in outcome.right.items()
                if not ok
            }
            silent.append((outcome.number, wrong))
        if known:
            assert outcome.silently_wrong, (
                f"{stem} {outcome.number} is no longer silently wrong: "
                "remove it from KNOWN_SILENTLY_WRONG"
            )
    assert not silent, f"silently wrong (got, key): {silent}"
    if got != want:
        # A task count that differs is a silent error unless some task or the file is flagged.
        assert (
            any(o.flagged for o in outcomes)
            or not outcomes
            or any((stem, o.number) in KNOWN_SILENTLY_WRONG for o in outcomes)
        ), (stem, want, got)


def test_known_silently_wrong_names_corpus_tasks():
    stems = {stem: COMPARE.key(document, stem) for stem, document in MAIN}
    for stem, number in KNOWN_SILENTLY_WRONG:
        assert stem in stems, stem
        assert number in {t["number"] for t in stems[stem]["task"]}, (stem, number)
    assert all(reason.strip() for reason in KNOWN_SILENTLY_WRONG.values())


def test_every_title_is_right_or_flagged():
    # The title rule (dg_plan/importing/titles.py) on the documents' own titles: the key's
    # title, or a note saying the title is not a printed title line.
    outcomes = {stem: (outcome, got) for stem, outcome, got in COMPARE.titles(CORPUS)}
    assert len(outcomes) == len(MAIN)
    wrong = {stem: got for stem, (outcome, got) in outcomes.items() if outcome == "wrong"}
    assert not wrong, f"titles read wrong, with no note: {wrong}"
