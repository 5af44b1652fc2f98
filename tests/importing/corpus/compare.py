"""Compare what ``dg_plan.importing.read`` makes of a corpus document with its answer key.

Shared by ``tests/importing/test_corpus.py`` (the rule: every task right, or flagged) and
``benchmarks/corpus_accuracy.py`` (per-field accuracy). A key task is matched with the
imported task at the same place in document order. A task is *flagged* when an import
problem names it (``problem.task`` is its number); a key task the import has no task for
(its text read into another task, or into a heading) is flagged when a problem quotes its
text (the problem about the task or heading that holds it); a task that is wrong and not
flagged is *silently wrong*.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, published as tomli
    import tomli as tomllib

CORPUS = Path(__file__).parent
HOLDOUT = CORPUS / "holdout"
UNSEEN = CORPUS / "unseen"
TRIAL = CORPUS / "trial"
TRIAL2 = CORPUS / "trial2"
TRIAL3 = CORPUS / "trial3"
TRIAL4 = CORPUS / "trial4"
TRIAL5 = CORPUS / "trial5"
TRIAL6 = CORPUS / "trial6"
TRIAL7 = CORPUS / "trial7"
TRIAL8 = CORPUS / "trial8"
TRIAL9 = CORPUS / "trial9"
TRIAL10 = CORPUS / "trial10"
TRIAL11 = CORPUS / "trial11"
TRIAL12 = CORPUS / "trial12"
TRIAL13 = CORPUS / "trial13"
TRIAL14 = CORPUS / "trial14"
TRIAL15 = CORPUS / "trial15"
TRIAL16 = CORPUS / "trial16"
TRIAL17 = CORPUS / "trial17"
TRIAL18 = CORPUS / "trial18"
TRIAL19 = CORPUS / "trial19"
TRIAL20 = CORPUS / "trial20"
TRIAL21 = CORPUS / "trial21"
TRIAL22 = CORPUS / "trial22"
TRIAL23 = CORPUS / "trial23"
#: The sets, by name: the folder holding each (see SOURCES.md).
SETS = {
    "main": CORPUS,
    "holdout": HOLDOUT,
    "unseen": UNSEEN,
    "trial": TRIAL,
    "trial2": TRIAL2,
    "trial3": TRIAL3,
    "trial4": TRIAL4,
    "trial5": TRIAL5,
    "trial6": TRIAL6,
    "trial7": TRIAL7,
    "trial8": TRIAL8,
    "trial9": TRIAL9,
    "trial10": TRIAL10,
    "trial11": TRIAL11,
    "trial12": TRIAL12,
    "trial13": TRIAL13,
    "trial14": TRIAL14,
    "trial15": TRIAL15,
    "trial16": TRIAL16,
    "trial17": TRIAL17,
    "trial18": TRIAL18,
    "trial19": TRIAL19,
    "trial20": TRIAL20,
    "trial21": TRIAL21,
    "trial22": TRIAL22,
    "trial23": TRIAL23,
}
TABLE = ".table.json"
ROLES = ("leads", "responsible", "support")
FIELDS = ("text", "deadline", *ROLES)


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def documents(folder: Path) -> list[tuple[str, Path]]:
    """The (stem, document) pairs directly in *folder* (not in its subfolders)."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(TABLE):
            out.append((path.name.removesuffix(TABLE), path))
        elif path.suffix in {".txt", ".csv"}:  # a text, or a table as Excel exports it
            out.append((path.stem, path))
    return out


def key(document: Path, stem: str) -> dict[str, Any]:
    """The answer key of *document*."""
    with (document.parent / f"{stem}.key.toml").open("rb") as handle:
        return tomllib.load(handle)


def readable(document: Path, out_dir: Path) -> Path:
    """The file to import: a text document itself, a table document built into *out_dir*."""
    if document.name.endswith(TABLE):
        return Path(_builder().build(document, out_dir))
    return document


def printed_deadline(task: Any) -> str:
    """The deadline as the importer keeps it printed: the note's, else the written form."""
    for note in task.provenance.notes:
        if note.kind.value in {"deadline_read_as", "deadline_unreadable"}:
            return str(dict(note.values)["printed"])
    return str(task.deadline)


@attrs.frozen
class Outcome:
    """One key task, compared: which fields are right, and whether a problem names it."""

    stem: str
    number: str  # the key's number
    task: int | None  # the imported task matched with it (None: not imported)
    right: dict[str, bool]
    flagged: bool
    got: dict[str, object]
    want: dict[str, object]

    @property
    def all_right(self) -> bool:
        return all(self.right.values())

    @property
    def silently_wrong(self) -> bool:
        return not self.all_right and not self.flagged


# The stored copies turned some full-width punctuation into ASCII (SOURCES.md); the
# grammar reads both and writes a unit name in the print's full-width form, so names are
# compared with the two widths of these marks taken as one.
_WIDTH = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})


# A space between two Chinese characters inside a name is a copy's wrapped cell or line
# (县交通 运输局, 住房城乡 建设厅): an extraction artifact, which the importer closes up.
# Keys keep names as the stored copy prints them, so the comparison ignores it.
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff）])\s+(?=[\u4e00-\u9fff（])")


def _name(n: str) -> str:
    return _WRAP_SPACE.sub("", n.translate(_WIDTH))


def same_names(got: list[str], want: list[str]) -> bool:
    """Whether two lists of unit names are the same, in order, up to punctuation width and
    a space a copy's wrapped line left between two Chinese characters."""
    return [_name(n) for n in got] == [_name(n) for n in want]


def wanted(want_task: dict[str, Any]) -> dict[str, object]:
    """The fields of a key task (a derived name is the restored name, as the key lists it)."""
    return {
        "text": want_task["text"],
        "deadline": want_task["deadline"],
        **{role: list(want_task[role]) for role in ROLES},
    }


def compare(stem: str, expected: dict[str, Any], result: Any) -> list[Outcome]:
    """Compare the import *result* of document *stem* with its key *expected*."""
    from dg_plan.importing import UNNAMED_UNIT  # noqa: PLC0415 - loaded when read

    tasks = list(result.plan.tasks)
    named = {p.task for p in result.problems if p.task is not None}
    quoted = [p.text.translate(_WIDTH) for p in result.problems]
    no_unit = {p.task for p in result.problems if p.kind.value == "no_unit"}
    out = []
    for i, want_task in enumerate(expected["task"]):
        want = wanted(want_task)
        if i >= len(tasks):
            text = str(want["text"]).translate(_WIDTH)
            flagged = bool(text) and any(text in q for q in quoted)
            out.append(
                Outcome(
                    stem, want_task["number"], None, dict.fromkeys(FIELDS, False), flagged, {}, want
                )
            )
            continue
        task = tasks[i]
        lead_names = [u.name for u in task.leads]
        support_names = [u.name for u in task.support]
        others = {*lead_names, *support_names}
        got: dict[str, object] = {
            "text": task.text,
            "deadline": printed_deadline(task),
            "leads": lead_names,
            "responsible": [u.name for u in task.units if u.name not in others],
            "support": support_names,
        }
        # A key task naming no unit at all matches the documented answer for "the list
        # names no unit": the placeholder UNNAMED_UNIT alone, with a no_unit problem
        # naming the task (docs/importing.md, "A task that names no unit").
        placeholder = got["responsible"] == [UNNAMED_UNIT] and task.number in no_unit
        if placeholder and not any(want[r] for r in ROLES) and not others:
            got["responsible"] = []
        right = {f: got[f] == want[f] for f in ("text", "deadline")}
        right |= {r: same_names(got[r], want[r]) for r in ROLES}  # type: ignore[arg-type]
        out.append(
            Outcome(stem, want_task["number"], task.number, right, task.number in named, got, want)
        )
    return out


def run(folder: Path) -> Iterator[tuple[str, int, int, list[Outcome]]]:
    """Import every document of *folder*: (stem, key's task count, imported count, outcomes)."""
    from dg_plan import PlanImportError, importing  # noqa: PLC0415 - loaded when read

    with tempfile.TemporaryDirectory() as tmp:
        for stem, document in documents(folder):
            expected = key(document, stem)
            try:
                result = importing.read(readable(document, Path(tmp)))
            except PlanImportError:
                # Read nothing, and said so: every task is wrong, none silently.
                failed = [
                    Outcome(
                        stem, t["number"], None, dict.fromkeys(FIELDS, False), True, {}, wanted(t)
                    )
                    for t in expected["task"]
                ]
                yield stem, len(expected["task"]), 0, failed
                continue
            yield (
                stem,
                len(expected["task"]),
                len(result.plan.tasks),
                compare(stem, expected, result),
            )


# The notes that say a title is no printed title line: the file's name, or the list a
# covering notice names (an inference to check).
_TITLE_NOTES = {"no_title", "title_from_notice"}


def title_outcome(expected: dict[str, Any], result: Any) -> str:
    """``"right"``, ``"flagged"`` or ``"wrong"``: the imported title against the key's.

    A key title ``""`` (the page prints none) is right when the importer says it found
    none (a ``no_title`` note); any other title is right when equal, flagged when a note
    says it is not a printed title line or a file-level problem doubts it, else wrong.
    """
    want = expected.get("title", "")
    got = result.plan.metadata.title
    kinds = {n.kind.value for n in result.notes}
    if (want and got == want) or (not want and "no_title" in kinds):
        return "right"
    doubted = any(p.kind.value == "doubtful_title" and p.task is None for p in result.problems)
    return "flagged" if kinds & _TITLE_NOTES or doubted else "wrong"


def titles(folder: Path) -> Iterator[tuple[str, str, str]]:
    """Import every document of *folder* with a key title: (stem, outcome, title read)."""
    from dg_plan import PlanImportError, importing  # noqa: PLC0415 - loaded when read

    with tempfile.TemporaryDirectory() as tmp:
        for stem, document in documents(folder):
            expected = key(document, stem)
            if "title" not in expected:
                continue
            try:
                result = importing.read(readable(document, Path(tmp)))
            except PlanImportError:
                yield stem, "flagged", ""  # read nothing, and said so
                continue
            yield stem, title_outcome(expected, result), result.plan.metadata.title
