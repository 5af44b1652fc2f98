"""A review workbook: every imported task, with what was read and what is in doubt.

:func:`write_review` writes an :class:`~.locations.ImportResult` as an ``.xlsx`` file a
reviewer reads beside the source document: one row per task (rows with an open problem
highlighted in yellow, rows read by an inference in blue), and a second sheet with the
file's own problems and notes. What the reviewer finds wrong goes into a decisions file
(:mod:`.decisions`).

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable
from pathlib import Path

from dg_plan._compat import require
from dg_plan._deadline import another_form
from dg_plan._errors import PlanImportError
from dg_plan._message_kinds import NUMBER_RANGE, number_runs
from dg_plan._messages import join_place
from dg_plan._model import DeadlineKind, Origin, Task
from dg_plan._notes import NoteKind
from dg_plan._output import anonymous
from dg_plan._vocabulary import UNNAMED_UNIT

from .actions import DEADLINE_ACTIONS
from .findings import FindingKind
from .locations import ImportNote, ImportProblem, ImportResult, Location


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when the workbook is written."""
    return message


#: The task sheet's columns, in order.
TASK_COLUMNS = (
    _("number"),
    _("printed number"),
    _("task text"),
    _("deadline as printed"),
    _("deadline as read"),
    _("lead units"),
    _("responsible units"),
    _("support units"),
    _("where"),
    _("problems"),
    _("notes"),
)
#: The file sheet's columns, in order.
#: (A decision applied names what it was about in its own column: the text column
#: holds what the list prints.)
FILE_COLUMNS = (
    _("finding"),
    _("where"),
    _("what"),
    _("text"),
    _("decision's target"),
    _("settled by"),
)
_PROBLEM = _("problem")
_NOTE = _("note")
_SETTLED = _("settled: {reason}")
_UNREAD = _("unread")
_UNSPECIFIED = _("unspecified")
_KEPT = _("deadline kept as printed, {printed!r} ({day})")
_WHERE = _("{problem} ({where})")
_SETTLED_PROBLEM = _("{problem} ({settled})")
# Between the places of a task's findings, as each language separates items of a list.
_PLACES = {"en": "; ", "zh": "；"}
_TASKS = _("tasks")
_FILE = _("file")
_HIGHLIGHT = "FFF2CC"  # a light yellow: a row with an open problem
_INFERRED = "DDEBF7"  # a light blue: a row read by an inference (a note), with no open problem
#: The provenance notes that record the print or a reviewer's decision, not an inference:
#: a task whose notes are only these is read as printed.
RECORDS = frozenset({NoteKind.PRINTED_LABEL, NoteKind.INLINE_ATTRIBUTION, NoteKind.DECIDED})
_SEPARATOR = "、"


def write_review(
    result: ImportResult | PlanImportError,
    path: str | os.PathLike[str],
    *,
    language: str = "en",
) -> None:
    """Write *result* as a review workbook (``.xlsx``) at *path*, in *language*.

    Sheet 1 (``tasks``, 任务) has one row per task: its number, printed number, text,
    deadline as printed and as read, leads, responsible and support units (names
    joined with 、; a task naming no unit shows an empty responsible cell, not the
    placeholder :data:`~dg_plan.importing.UNNAMED_UNIT`, and its no-unit problem), where
    it came from, its problems, and its notes (its provenance's, and the import's notes
    naming it). A row with an open problem is highlighted in
    yellow; a row with no open problem but a note that is an inference (any provenance
    note but the records of the print and of decisions, :data:`RECORDS`, or an import
    note naming the task) in light blue. Sheet 2 (``file``, 文件) lists the problems and
    notes of the file itself (those naming no task).

    *result* may be the :class:`~dg_plan.PlanImportError` an import raised: with
    ``strict=True``, the workbook is its result's; for an import refused (no task
    found), sheet 1 holds no task and sheet 2 the refusal's problems (the candidate
    lines, and the decision that reads one as a task) and what each line was read as.

    Args:
        result: What :func:`~dg_plan.importing.read` returned, or the error it raised.
        path: The workbook to write.
        language: ``"en"`` or ``"zh"``: the headers and the findings' language.

    Raises:
        ImportError: openpyxl is not installed (the ``excel`` extra).
        InvalidQueryError: *language* is neither.
        OSError: The file cannot be written.
    """
    from dg_plan import _i18n  # noqa: PLC0415 - gettext only when something is shown

    code = _i18n.normalize(language)
    translation = _i18n.translation(code)
    say = translation.gettext
    openpyxl = require("openpyxl", "excel", "dg_plan.importing.write_review")
    styles = require("openpyxl.styles", "excel", "dg_plan.importing.write_review")
    fill = styles.PatternFill(start_color=_HIGHLIGHT, end_color=_HIGHLIGHT, fill_type="solid")
    inferred = styles.PatternFill(start_color=_INFERRED, end_color=_INFERRED, fill_type="solid")
    bold = styles.Font(bold=True)
    if isinstance(result, PlanImportError) and isinstance(result.result, ImportResult):
        result = result.result  # strict: the result its open problems stopped
    if isinstance(result, ImportResult):
        found, noted_all, imported = result.problems, result.notes, result.plan.tasks
    else:  # refused: no task; its problems, and what each line was read as
        found = tuple(p for p in result.problems if isinstance(p, ImportProblem))
        noted_all = tuple(n for n in result.notes if isinstance(n, ImportNote))
        imported = ()
    book = anonymous(openpyxl.Workbook())
    tasks = book.active
    tasks.title = say(_TASKS)
    tasks.append([say(c) for c in TASK_COLUMNS])
    about: dict[int, list[ImportProblem]] = {}
    for problem in found:
        if problem.task is not None:
            about.setdefault(problem.task, []).append(problem)
    # The import's notes naming a task by its number (a lead by the stated rule, a
    # deadline left blank): inferences about it, beside its provenance's.
    noted: dict[int, list[ImportNote]] = {}
    for note in noted_all:
        number = note.get("number")
        if number is not None and str(number).isdigit():
            noted.setdefault(int(number), []).append(note)
    for task in imported:
        problems = about.get(task.number, [])
        notes = noted.get(task.number, [])
        place = _place(task, code, translation)
        tasks.append(_task_row(task, problems, notes, code, say, place))
        own = task.provenance.notes if task.provenance is not None else ()
        style = (
            fill
            if any(not p.settled for p in problems)
            else inferred
            if notes or any(n.kind not in RECORDS for n in own)
            else None
        )
        if style is not None:
            for cell in tasks[tasks.max_row]:
                cell.fill = style
    sheet = book.create_sheet(say(_FILE))
    sheet.append([say(c) for c in FILE_COLUMNS])
    for problem in found:
        if problem.task is None:
            sheet.append(
                [
                    say(_PROBLEM),
                    problem.where.render(code),
                    _sentence(problem.render(code), code),
                    problem.text,
                    "",
                    problem.settled,
                ]
            )
            if not problem.settled:
                for cell in sheet[sheet.max_row]:
                    cell.fill = fill
    for note in noted_all:
        said = _sentence(note.render(code), code)
        # A decision's note holds what it names (task = 1, starts = "…"), not the print:
        # said in words (第1项任务（开头为“…”）).
        decided = note.kind is FindingKind.DECISION_APPLIED
        # …and the 审核意见（理由） cell its reason.
        text, target, reason = (
            (
                "",
                note.target.said(code) if note.target is not None else note.text,
                note.get("reason") or "",
            )
            if decided
            else (note.text, "", "")
        )
        sheet.append([say(_NOTE), note.where.render(code), said, text, target, reason])
    for ws in (tasks, sheet):
        for cell in ws[1]:
            cell.font = bold
        ws.freeze_panes = "A2"
    book.save(Path(path))


def _task_row(
    task: Task,
    problems: list[ImportProblem],
    noted: list[ImportNote],
    code: str,
    say: Callable[[str], str],
    place: str = "",
) -> list[object]:
    printed, read = _deadlines(task)
    supporting = {u.name for u in task.support}
    leading = {u.name for u in task.leads}
    responsible = [u.name for u in task.units if u.name not in supporting | leading]
    if any(p.kind is FindingKind.NO_UNIT for p in problems):
        # The placeholder of a task naming no unit is no printed unit: the cell is left
        # empty, and the problem (no_unit) says why.
        responsible = [name for name in responsible if name != UNNAMED_UNIT]
    # The place column names where the task was read from (its rows or lines, as its
    # origin records them); each problem line names its own place, unless the task was
    # read from that one place alone.
    places = dict.fromkeys(p.where.render(code) for p in problems)
    notes = task.provenance.notes if task.provenance is not None else ()
    if not read and any(n.kind is NoteKind.DEADLINE_UNREADABLE for n in notes):
        read = say(_UNREAD)  # printed, but not read: 未识别, as show says it
    elif not read and any(f.kind is FindingKind.NO_DEADLINE for f in (*problems, *noted)):
        read = say(_UNSPECIFIED)  # printed none: 未注明, as its note says it is recorded
    # A deadline that could not be read is one problem: said once, in the 问题 column, as
    # the screen says it (第1项任务：完成时限“长期”无法识别，请核对。), not again as a note.
    if any(p.kind is FindingKind.NOT_A_DEADLINE for p in problems):
        notes = tuple(n for n in notes if n.kind is not NoteKind.DEADLINE_UNREADABLE)
    said = []
    for p in problems:
        # Each problem a sentence, worded as the import screen words it: it begins with
        # its task (第1项任务：…), its own place after it, in brackets.
        line = p.render(code)
        at = p.where.render(code)
        if (place and at and at != place) or (not place and len(places) > 1):
            line = say(_WHERE).format(where=at, problem=line)
        if p.settled:
            settled = say(_SETTLED).format(reason=p.settled)
            line = say(_SETTLED_PROBLEM).format(problem=line, settled=settled)
        said.append(_sentence(line, code))
    printed_form, day = _printed_form(task), ""
    if printed_form:  # 2025年第三季度: as printed, its day in brackets, as the screens say it
        day = _day(task, say)
        read = printed_form + say(" ({date})").format(date=day)
    return [
        task.number,
        _printed(task),
        task.text,
        printed,
        read,
        _SEPARATOR.join(u.name for u in task.leads),
        _SEPARATOR.join(responsible),
        _SEPARATOR.join(u.name for u in task.support),
        place or _PLACES[code].join(places),
        "\n".join(said),
        "\n".join(
            [
                *(
                    _sentence(
                        say(_KEPT).format(printed=printed_form, day=day)
                        if printed_form and n.kind is NoteKind.DEADLINE_READ_AS
                        else n.render(code),
                        code,
                    )
                    for n in notes
                ),
                *(_sentence(n.render(code), code) for n in noted),
            ]
        ),
    ]


def _sentence(said: str, code: str) -> str:
    """A note said as a sentence: in Chinese it ends with 。, as ``show`` says it."""
    from dg_plan import _i18n  # noqa: PLC0415 - gettext only when something is shown

    if said.endswith(("。", ".", "？", "?", "！", "!")):
        return said
    words = _i18n.translation(code)
    return words.pgettext("a note of show, said as a sentence", "{note}").format(note=said)


def _place(task: Task, code: str, words: gettext.NullTranslations) -> str:
    """Where *task* was read from: its file, sheet and every row or line, or ``""``.

    ``list.txt, lines 3–12`` (``list.txt 第3—12行``), as its origin records them.
    """
    origin: Origin | None = task.provenance.origin if task.provenance is not None else None
    if origin is None or not (origin.rows or origin.lines):
        return ""
    separator = _PLACES[code] if code == "zh" else ", "
    span = words.gettext(NUMBER_RANGE)
    head = Location(origin.file, origin.sheet).render(code) if origin.file or origin.sheet else ""
    parts = [head] if head else []
    if origin.rows:
        said = words.ngettext("row {rows}", "rows {rows}", len(origin.rows))
        parts.append(said.format(rows=number_runs(origin.rows, separator, span)))
    if origin.lines:
        if origin.file.lower().endswith(".docx"):
            said = words.ngettext("paragraph {lines}", "paragraphs {lines}", len(origin.lines))
        else:
            said = words.ngettext("line {lines}", "lines {lines}", len(origin.lines))
        parts.append(said.format(lines=number_runs(origin.lines, separator, span)))
    return join_place(parts, words)


def _deadlines(task: Task) -> tuple[str, str]:
    """The deadline as printed (as the notes keep it) and as read.

    A deadline a reviewer's decision set is not printed: the printed cell is left empty
    (unless the notes keep what the list printed), the decided value is the one read.
    """
    read = str(task.deadline)
    decided = False
    for note in task.provenance.notes if task.provenance is not None else ():
        if note.kind.value in {"deadline_read_as", "deadline_unreadable"}:
            return str(note["printed"]), read
        decided = decided or (note.kind is NoteKind.DECIDED and note["action"] in DEADLINE_ACTIONS)
    if decided:
        return "", read
    return ("" if task.deadline.kind is DeadlineKind.UNSPECIFIED else read), read


def _printed_form(task: Task) -> str:
    """The deadline as printed, when it writes the day read in another form (2025年第三季度)."""
    if task.deadline.date is None:
        return ""
    for note in task.provenance.notes if task.provenance is not None else ():
        if note.kind is NoteKind.DEADLINE_READ_AS and another_form(note["printed"], note["read"]):
            return "".join(note["printed"].split())
    return ""


def _day(task: Task, say: Callable[[str], str]) -> str:
    """The day of *task*'s deadline, as the language writes it (2025年9月30日)."""
    day = task.deadline.date
    assert day is not None  # noqa: S101 - a printed form is one with a day
    return say("{year}-{month}-{day}").format(year=day.year, month=day.month, day=day.day)


def _printed(task: Task) -> str:
    """The task's number as printed: a renumbered task's note keeps it."""
    for note in task.provenance.notes if task.provenance is not None else ():
        if note.kind.value in {"renumbered", "printed_label"}:
            return str(note.get("printed") or note.get("label") or "")
    return str(task.number)
