"""Collecting a round: every returned file read, the good ones in a ledger, the bad set aside."""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from dg_plan._dates import read_day
from dg_plan._errors import TrackingDataError
from dg_plan._model import Unit
from dg_plan._plan import Plan
from dg_plan._tracking_problems import TrackingProblem, relocated
from dg_plan._tracking_problems import problem as _problem

from .aside import SET_ASIDE_REASONS, SetAside, set_aside_from, set_aside_reason
from .checks import check_reports, contradicts
from .files import plan_fingerprint
from .layout import DAY_COLUMN
from .ledger import Ledger
from .model import Report
from .returns import ReturnedFile

__all__ = [
    "SET_ASIDE_REASONS",
    "Returns",
    "SetAside",
    "collect",
    "pending_correction",
    "pending_reasons",
    "read_returns",
    "set_aside_in",
    "set_aside_reason",
    "still_set_aside",
]

_COLUMN_OF_FIELD = {
    "task": "序号",
    "unit": "填报单位",
    "status": "状态",
    "completed_on": DAY_COLUMN,
    "as_of": "统计截止日期",
}


@attrs.frozen
class Returns:
    """What :func:`read_returns` read: the ledger, and the notes on how it was read.

    Attributes:
        ledger: Every report in the returned files, file by file, row by row (after
            the reports of the ledger the round was added to, if any). Each report's
            ``source`` names its file and row, and the file's sign-off. Its record
            of the files set aside (``Ledger.set_aside``) is what
            ``tracking.rounds.still_set_aside`` keeps: the files *ledger* recorded and
            those set aside now, less the files of a unit whose reports of that
            round are in it (kept per round: a newer round's reports keep it).
        notes: How cells were read that a reader should know of, each placed as a
            problem is (file, row, column, value) and made the same way (a
            :class:`~dg_plan.TrackingProblem` whose ``kind`` is a note's:
            ``status_read_as``, a 状态 written otherwise than as a label;
            ``day_with_time``, a 完成日期 holding a time of day too (a date cell, or
            text such as ``2024-06-15 14:30``); ``day_not_completion``, anything in the
            完成日期 of a 推进中 report (a planned day or month), kept as written in
            the note and left out of the report;
            ``day_serial``, a number in a workbook's 完成日期 read as the
            spreadsheet's day number (45474: 2024-07-01); ``merged_cell``,
            a merged reporting cell given to every row it spans;
            ``unit_not_file_name``, a 填报单位 other than the unit the file's name names;
            ``duplicate_file``, a file skipped as a byte-identical copy of another;
            ``contradicts_earlier_round``, a report that contradicts its unit's latest
            earlier report on the task, in *ledger* or another file: done on a day
            that report says was not done, not done after it said done, or done on
            another day; the report is kept).
            None of them stops the collection.
        set_aside: With ``keep_going``: the files left out, each with its problems.
        returned_blank: The units whose file was read and holds no report (every row
            left blank), in the order of the files. With ``keep_going`` such a file
            is set aside too (a problem ``nothing_reported``; reason ``"blank"``): the
            unit sent a file, so it is 已报回待修改 and gets a 退回修改 notice, not
            taken as silent.
        not_returned: With ``sent``: the units sent a template that returned no file
            (a file set aside counts as returned), in the order sent. Added to a
            *ledger*, a unit whose report of the round's day the ledger holds, or
            whose file of that day it holds set aside, returned its file in an
            earlier batch: it is not listed.
        files: The files read, a folder given as the files in it, in the order read.
    """

    ledger: Ledger
    notes: tuple[TrackingProblem, ...]
    set_aside: tuple[SetAside, ...] = ()
    returned_blank: tuple[str, ...] = ()
    not_returned: tuple[str, ...] = ()
    files: tuple[str, ...] = ()


def _returned_files(paths: Iterable[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    """The files *paths* name: a folder stands for its files, sorted by name."""
    found: list[str | os.PathLike[str]] = []
    for path in paths:
        folder = Path(path)
        if not folder.is_dir():
            found.append(path)
            continue
        # Hidden files and the lock files Office and WPS leave (~$x.xlsx) are no returns.
        inside = sorted(
            p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "~$"))
        )
        found.extend(inside or [folder])
    return found


def collect(plan: Plan, paths: Iterable[str | os.PathLike[str]]) -> Ledger:
    """Read returned templates into a ledger; all of them, or none.

    Each file is read to the end, and every file is read, before anything is
    decided. A row whose 状态, 完成日期, 进展情况 and 佐证材料 are all blank is no
    report. 状态 takes the Chinese labels (and the statuses' names and values, and
    the words of ``dg_plan.tracking.model.STATUS_SYNONYMS``);
    完成日期 takes a date cell or 2024-12-15, 2024/12/15, 2024年12月15日 or 2024.12.15;
    佐证材料 is split into items at new lines and semicolons. :func:`read_returns`
    reads the same and gives the notes on how cells were read too.

    Args:
        plan: The plan the templates were written for.
        paths: The returned files (.xlsx, .xls, .ods, or the template saved as .csv
            in UTF-8 or GB18030), or folders of them.

    Returns:
        A ledger of every report in the files, file by file, row by row.

    Raises:
        TrackingDataError: A file is not a template of this plan, two files are for
            the same unit and day, or a row is bad (an unknown status, a malformed
            day, a task that is not the unit's, a DONE without its day, ...). Its
            ``problems`` list every one, each with the file name, row, column and
            value.
        ImportError: python-calamine is not installed (``pip install 'dg_plan[excel]'``).
    """
    return read_returns(plan, paths).ledger


def read_returns(
    plan: Plan,
    paths: Iterable[str | os.PathLike[str]],
    *,
    keep_going: bool = False,
    ledger: Ledger | None = None,
    sent: Iterable[str | Unit] | None = None,
    replace: bool = False,
    as_of: datetime.date | str | None = None,
) -> Returns:
    """Read returned templates into a ledger, with the notes on how they were read.

    What :func:`collect` reads, it reads (see there); a folder among *paths* stands for
    every file in it, sorted by name (hidden files and ``~$`` lock files left out).
    Read are .xlsx, .xlsm, .xls and .ods workbooks (with python-calamine: a date cell
    with a time of day is that day; a formula is its saved value) and the template
    saved as .csv (UTF-8, with or without BOM, or GB18030). A file that cannot be read
    is a problem naming it, and the other files are still read.

    A 状态 or 完成日期 cell merged over rows applies to every row it spans (a note
    ``merged_cell``; .xlsx, .xls and .ods say which cells are merged). A .csv file
    does not: its blank rows are not reported (未报送), with no note. An .xlsx cell
    holding a formula with no saved value is a problem (``formula_no_value``); in .xls
    and .ods such a cell reads as blank.
    A file whose 填报单位 is not the unit its name names (``省财政厅.xlsx`` filled in
    as 省审计厅) is read, with a note ``unit_not_file_name``.

    Args:
        plan: The plan the templates were written for.
        paths: The returned files, or folders of them.
        keep_going: Put the good files in the ledger and set aside each file with a
            problem (:attr:`Returns.set_aside`, every problem of each) instead of
            raising; a file that is a byte-identical copy of one read before is
            skipped, with a note ``duplicate_file``; a file whose every task's row is
            blank is set aside too (``nothing_reported``: sent back to be filled in).
            Without it, one problem anywhere raises and nothing is collected (all or
            nothing).
        ledger: A ledger to add this round to: its reports come first, the files'
            reports are checked against them, and a file for a unit and reporting
            day the ledger already holds is a problem (``round_in_ledger``). The
            ledger returned keeps its log of the notices issued (``notices``) and its
            record of the files set aside (``set_aside``), less the files this round
            corrects (``tracking.rounds.still_set_aside``).
        sent: The units the templates were sent to (their names, or aliases):
            :attr:`Returns.not_returned` lists those that returned no file.
        replace: With *ledger*: a file for a unit and reporting day the ledger
            already holds replaces the ledger's reports of that unit and day (a
            corrected file, a report taken by telephone), with a note
            ``replaced_in_ledger`` naming how many and where they came from; a file
            set aside replaces nothing. Without it, such a file is a problem.
        as_of: The round's 统计截止日期: a file whose cover gives another day (last
            round's template filled in again) is a problem (``other_round``, naming
            the file, its day and the round's), set aside with *keep_going*. By
            default the day of *sent* when it is what :func:`read_sent` read from a
            manifest (``sent.csv``) or a folder of templates; else not checked.

    Raises:
        TrackingDataError: Without *keep_going*, as :func:`collect`.
        UnknownUnitError: A unit of *sent* names no unit.
        ImportError: As :func:`collect`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = _returned_files(paths)
    fingerprint = plan_fingerprint(plan)
    base = () if ledger is None else ledger.reports
    # The ledger the round is added to keeps its log of the notices issued, and its
    # record of the files set aside: less those this round corrects, with this round's.
    log, earlier = ((), ()) if ledger is None else (ledger.notices, ledger.set_aside)
    files = [ReturnedFile(plan, path, fingerprint) for path in paths]
    round_day = getattr(sent, "as_of", None) if as_of is None else read_day(as_of, "as_of")
    if isinstance(round_day, datetime.date):
        _other_rounds(files, round_day)
    day = round_day if isinstance(round_day, datetime.date) else None
    notes: list[TrackingProblem] = []
    if keep_going:
        files = _without_copies(files, notes)
        if not replace:
            files = _without_collected(files, base, notes)
        _files_of_one_unit(files)
        for f in files:
            if f.blank:
                # A file sent but filled in nowhere is sent back (退回修改): the unit is
                # not silent, and its file is not its answer either.
                f.problem("nothing_reported", None, None, None)
    # The ledger checks the reports; only when it finds a problem are they checked
    # again, each problem given to its file and row (one check in the usual case).
    book: Ledger | None = None
    if replace:
        # The unit and day of each file that is read: the ledger's reports of them go.
        base = _replaced(files, base, keep_going=keep_going)
    if not keep_going:
        reports, where = _gather(files, base, keep_going=False)
        if not any(f.problems for f in files):
            with contextlib.suppress(TrackingDataError):
                book = Ledger(
                    plan, reports, notices=log, set_aside=kept_set_aside(earlier, (), reports, day)
                )
        if book is None:
            _check(plan, files, base, reports, where)
            problems = [p for f in files for p in sorted(f.problems, key=lambda p: p.row or 0)]
            raise TrackingDataError(problems)
    else:
        # A file set aside for what was read in it must name every cell to fix, so its
        # other rows are checked as the ledger checks them (a 已完成 without its 完成日期).
        for f in (f for f in files if f.problems):
            own, at = _gather([f], (), keep_going=False)
            _check(plan, [f], (), own, at)
        while book is None:  # setting a file aside may leave another without its contradiction
            good = [f for f in files if not f.problems]
            if replace:  # a file set aside replaces nothing
                base = _replaced(good, () if ledger is None else ledger.reports, keep_going=True)
            reports, where = _gather(good, base, keep_going=True)
            try:
                book = Ledger(
                    plan,
                    reports,
                    notices=log,
                    set_aside=kept_set_aside(earlier, _set_aside(files), reports, day),
                )
            except TrackingDataError:
                if not _check(plan, good, base, reports, where):
                    raise  # pragma: no cover - the ledger's problems are the check's
    _earlier_rounds(reports, where)
    if replace and ledger is not None:
        _note_replaced(files, ledger.reports)
    notes[:0] = [n for f in files for n in f.notes]
    returned = {f.named for f in files if f.named is not None} | _returned_before(ledger, day)
    return Returns(
        book,
        tuple(notes),
        _set_aside(files),
        tuple(dict.fromkeys(f.unit for f in files if f.unit is not None and f.blank)),
        tuple(
            dict.fromkeys(
                name for name in (plan.unit(u).name for u in sent or ()) if name not in returned
            )
        ),
        tuple(os.fspath(p) for p in paths),
    )


def _returned_before(ledger: Ledger | None, day: datetime.date | None) -> set[str]:
    """The units whose file of the round of *day* an earlier batch brought to *ledger*.

    A batch added to a ledger: a unit whose report of that day (or whose file set aside
    for it) the ledger holds already returned its file. None without a ledger or a day.
    """
    if ledger is None or day is None:
        return set()
    return {r.unit for r in ledger.reports if r.as_of == day} | {
        f.unit for f in ledger.set_aside if f.unit is not None and f.as_of == day
    }


def _set_aside(files: Sequence[ReturnedFile]) -> tuple[SetAside, ...]:
    """The files of *files* with a problem, each as set aside with every problem of it."""
    return tuple(
        SetAside(
            f.path,
            f.named,
            f.as_of,
            tuple(sorted(f.problems, key=lambda p: p.row or 0)),
            tuple(f.tasks.items()),
            tuple(f.statuses.items()),
            sheet=f.shown_sheet,
        )
        for f in files
        if f.problems
    )


def _other_rounds(files: Sequence[ReturnedFile], day: datetime.date) -> None:
    """Make a problem of each file whose 统计截止日期 is not the round's *day*."""
    for f in files:
        if f.as_of is not None and f.as_of != day:
            f.problem(
                "other_round",
                None,
                2,
                "统计截止日期",
                as_of=f.as_of,
                as_of_zh=_chinese_day(f.as_of),
                expected=day,
                expected_zh=_chinese_day(day),
            )


def _files_of_one_unit(files: Sequence[ReturnedFile]) -> None:
    """Set aside, for the office to choose, every file of a unit and day read twice or more.

    Two different files of one unit for one 统计截止日期 (a first draft and a 修改稿) are the
    office's choice, not the unit's mistake: neither goes into the ledger, each gets a
    problem (``two_files_of_unit``, placed at the file, not at a cell) naming them all,
    and no 退回修改 notice is written for it. Which one is meant, a file's name or its
    time of change does not say reliably (a copy, a download, an e-mail attachment all
    change it), so none is guessed.
    """
    by_key: dict[tuple[str, datetime.date], list[ReturnedFile]] = {}
    for f in files:
        if f.unit is not None and f.as_of is not None:
            by_key.setdefault((f.unit, f.as_of), []).append(f)
    for (unit, as_of), group in by_key.items():
        if len(group) < 2:
            continue
        # Two files of one name (from two folders) are told apart by their paths.
        names = [f.name for f in group]
        shown = [f.path if names.count(f.name) > 1 else f.name for f in group]
        for f in group:
            f.problem(
                "two_files_of_unit",
                None,
                None,  # the file as a whole, not a cell of it
                None,
                unit=unit,
                as_of=as_of,
                as_of_zh=_chinese_day(as_of),
                count=len(group),
                files=tuple(shown),
            )


def _files_zh(names: Iterable[str]) -> str:
    """The files reports came from, as a Chinese sentence cites them (文件“省财政厅.xlsx”)."""
    quoted = "、".join(f"“{name}”" for name in names)
    return f"文件{quoted}" if quoted else "未注明的文件"


def _chinese_day(day: datetime.date) -> str:
    """*day* as a Chinese sentence writes it (2024年6月30日)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _replaced(
    files: Sequence[ReturnedFile], base: Sequence[Report], *, keep_going: bool
) -> tuple[Report, ...]:
    """*base* without the reports of a unit and day one of *files* gives anew."""
    anew = {
        (f.unit, f.as_of)
        for f in files
        if f.unit is not None and f.as_of is not None and not (keep_going and f.problems)
    }
    return tuple(r for r in base if (r.unit, r.as_of) not in anew)


def _note_replaced(files: Sequence[ReturnedFile], base: Sequence[Report]) -> None:
    """Note on each file read what it replaced of the ledger: how many reports, from where."""
    held: dict[tuple[str, datetime.date], list[Report]] = {}
    for r in base:
        held.setdefault((r.unit, r.as_of), []).append(r)
    for f in files:
        if f.problems or f.unit is None or f.as_of is None:
            continue
        gone = held.get((f.unit, f.as_of))
        if not gone:
            continue
        sources = dict.fromkeys(r.source.file for r in gone if r.source is not None)
        f.note(
            "replaced_in_ledger",
            None,
            2,
            "统计截止日期",
            returned=f.name,
            unit=f.unit,
            as_of=f.as_of,
            as_of_zh=_chinese_day(f.as_of),
            count=len(gone),
            first="、".join(sources) or "?",
            first_zh=_files_zh(sources),
        )


def _said(report: Report) -> str:
    """*report*'s answer as a note names it: 已完成 2024-05-10, or the status alone."""
    done = report.completed_on
    return report.status.label if done is None else f"{report.status.label} {done}"


def _said_zh(report: Report) -> str:
    """*report*'s answer in a Chinese sentence: 已完成，2024年5月10日完成."""
    done = report.completed_on
    return (
        report.status.label if done is None else f"{report.status.label}，{_chinese_day(done)}完成"
    )


def _earlier_rounds(
    reports: Sequence[Report], where: Sequence[tuple[ReturnedFile, int] | None]
) -> None:
    """Note each file's report that contradicts its unit's latest earlier report on the task.

    Contradicting: done on a day the earlier report (made on or after it) says was not
    done (done since May in July, in progress in June); not done after an earlier report
    said done; done on another day than an earlier report said. The report is kept.
    """
    latest: dict[tuple[int, str], list[Report]] = {}
    for r in reports:
        latest.setdefault((r.task, r.unit), []).append(r)
    for r, place in zip(reports, where, strict=True):
        if place is None:
            continue  # the ledger's own reports were checked when it was collected
        same = latest[(r.task, r.unit)]
        if len(same) == 1:
            continue  # the unit's only report on the task (a first round)
        # A late correction of an earlier round (collected after a later one): the
        # later round's report it contradicts is said too, as the other way round.
        later = [e for e in same if e.as_of > r.as_of]
        if later and contradicts(e := min(later, key=lambda e: e.as_of), r):
            _note_contradiction(place, "contradicted_by_later_round", r, e, "later")
        earlier = [e for e in same if e.as_of < r.as_of]
        if earlier and contradicts(r, e := max(earlier, key=lambda e: e.as_of)):
            _note_contradiction(place, "contradicts_earlier_round", r, e, "first")


def _note_contradiction(
    place: tuple[ReturnedFile, int], kind: str, r: Report, other: Report, said_as: str
) -> None:
    """Note on *r*'s row that it contradicts *other*, the report said as *said_as*."""
    f, row = place
    said = {said_as: _said(other), f"{said_as}_zh": _said_zh(other)}
    f.note(
        kind,
        r.status.label,
        row,
        "状态",
        unit=r.unit,
        as_of=other.as_of,
        as_of_zh=_chinese_day(other.as_of),
        task=r.task,
        **said,
    )


def _without_copies(files: list[ReturnedFile], notes: list[TrackingProblem]) -> list[ReturnedFile]:
    """*files* without the byte-identical copies of another, each noted.

    Of identical copies the one kept is the one named as its unit (``省委编办.xlsx``,
    not ``省委编办 - 副本.xlsx``), else the first by name: the ledger cites the file kept.
    """
    seen: dict[str, ReturnedFile] = {}
    for f in sorted(files, key=lambda f: (Path(f.name).stem != f.unit, f.name)):
        if f.digest is not None:
            seen.setdefault(f.digest, f)
    kept = []
    for f in files:
        first = None if f.digest is None else seen[f.digest]
        if first is None or first is f:
            kept.append(f)
            continue
        same = first.name == f.name
        notes.append(
            _problem(
                "duplicate_file",
                None,
                file=f.path if same else f.name,
                first=first.path if same else first.name,
            )
        )
    return kept


def _read_as(reports: Iterable[Report]) -> set[tuple[Report, object]]:
    """*reports* each with its source but for its file's name: what a file said.

    The row, sheet and sign-off count; the name does not (a copy may be renamed).
    """
    return {(r, None if r.source is None else attrs.evolve(r.source, file="")) for r in reports}


def _without_collected(
    files: list[ReturnedFile], base: Sequence[Report], notes: list[TrackingProblem]
) -> list[ReturnedFile]:
    """*files* without the copies of a file *base* (the ledger) holds already, each noted.

    A file of a unit and day the ledger holds, reading exactly as the ledger's reports of
    that unit and day (each row, status, day, note and sign-off), is that file put in
    again, under its name or another (last round's file dropped into this round's folder,
    a copy beside the unit's new file): the unit did nothing wrong, so it is skipped, not
    sent back.
    """
    held: dict[tuple[str, datetime.date], list[Report]] = {}
    for r in base:
        if r.source is not None:
            held.setdefault((r.unit, r.as_of), []).append(r)
    kept = []
    for f in files:
        same = held.get((f.unit, f.as_of), []) if f.unit is not None and f.as_of is not None else []
        copy = (
            bool(same)
            and bool(f.reports)
            and all(r.source is not None for r in same)
            and _read_as(same) == _read_as(f.reports)
            # last round's file is another round's template: nothing else may be wrong
            and all(p.kind is not None and p.kind.value == "other_round" for p in f.problems)
        )
        if not copy or f.as_of is None:
            kept.append(f)
            continue
        notes.append(
            _problem(
                "file_in_ledger",
                None,
                file=f.path,
                unit=f.unit,
                as_of=f.as_of,
                as_of_zh=_chinese_day(f.as_of),
            )
        )
    return kept


def _gather(
    files: Sequence[ReturnedFile], base: Sequence[Report], *, keep_going: bool
) -> tuple[list[Report], list[tuple[ReturnedFile, int] | None]]:
    """The reports of *base* then of *files*, each with its file and row (``None``: base).

    A second file of one unit and day is a problem of that file; so is a file of a
    unit and day *base* already holds. With *keep_going*, a file with problems of its
    own gives no reports.
    """
    reports = list(base)
    where: list[tuple[ReturnedFile, int] | None] = [None] * len(base)
    held: dict[tuple[str, datetime.date], str] = {}
    for r in base:
        held.setdefault((r.unit, r.as_of), "" if r.source is None else r.source.file)
    seen: dict[tuple[str, datetime.date], ReturnedFile] = {}
    for f in files:
        if keep_going and f.problems:
            continue
        if f.unit is not None and f.as_of is not None:
            key = (f.unit, f.as_of)
            if key in held:
                f.problems.append(
                    _problem(
                        "round_in_ledger",
                        None,  # the sentence names the unit and day: no value to quote
                        file=f.name,
                        row=2,
                        column="统计截止日期",
                        unit=f.unit,
                        as_of=f.as_of,
                        as_of_zh=_chinese_day(f.as_of),
                        first=held[key] or "?",
                        first_zh=_files_zh([held[key]] if held[key] else []),
                    )
                )
                continue
            first = seen.setdefault(key, f)
            if first is not f:
                # Two files of one name (from two folders) are told apart by their paths.
                same = first.name == f.name
                f.problems.append(
                    _problem(
                        "second_template",
                        f.unit,
                        file=f.path if same else f.name,
                        row=2,
                        column="填报单位",
                        unit=f.unit,
                        as_of=f.as_of,
                        first=first.path if same else first.name,
                    )
                )
                continue
        reports.extend(f.reports)
        where.extend((f, row) for row in f.rows)
    return reports, where


def _check(
    plan: Plan,
    files: Sequence[ReturnedFile],
    base: Sequence[Report],
    reports: Sequence[Report],
    where: Sequence[tuple[ReturnedFile, int] | None],
) -> bool:
    """Check *reports* together; give each problem to its file. Whether any was found."""

    def at(i: int) -> tuple[str, dict[str, Any]]:
        place = where[i]
        if place is None:
            source = base[i].source
            if source is None:
                return "contradicts_report", {"other": i}
            return "contradicts_row", {"other_file": source.file, "other_row": source.row}
        f, row = place
        return "contradicts_row", {"other_file": f.name, "other_row": row}

    checked, _ = check_reports(plan, reports, at)
    found = False
    for p in checked:
        place = where[p.report] if p.report is not None else None
        if place is None:  # pragma: no cover - the ledger's own reports were checked
            continue
        f, row = place
        found = True
        f.problems.append(
            relocated(
                p, file=f.name, row=row, column=_COLUMN_OF_FIELD.get(p.column or "", p.column)
            )
        )
    return found


# The files set aside, kept in the ledger file (dumps(..., set_aside=...)) until corrected.


def set_aside_in(text: str | bytes) -> tuple[SetAside, ...]:
    """The files set aside that a ledger's text records (its ``set_aside``), if any.

    Each is a :class:`SetAside` with its unit, 统计截止日期 and file (no problems: they
    were told when it was collected). An entry that is not one (no unit) is skipped.
    :func:`~dg_plan.tracking.loads` reads the same into ``Ledger.set_aside``.
    """
    import json  # noqa: PLC0415 - only a ledger's text needs it

    try:
        doc = json.loads(text)
    except ValueError:
        return ()
    return set_aside_from(doc)


def still_set_aside(
    earlier: Iterable[SetAside], returned: Returns, round_day: datetime.date | None = None
) -> tuple[SetAside, ...]:
    """The files set aside and not yet corrected, after a collection returned *returned*.

    *earlier* (the ledger's record before) and the files *returned* set aside, less
    those whose unit now has reports in the ledger of the same 统计截止日期 (a corrected
    file). A newer round's reports do not drop it: the record is kept per round, so the
    unit still counts as having returned a file for that round (not 未报回, and
    已报回待修改 in the report's 较上一轮变化). A file
    set aside without a 统计截止日期 read is given *round_day* (the round's, when known;
    without one it goes once the unit has any report);
    one set aside as another round's template is recorded under the round's day, the
    round it was returned for.
    """
    return kept_set_aside(earlier, returned.set_aside, returned.ledger.reports, round_day)


def kept_set_aside(
    earlier: Iterable[SetAside],
    now: Iterable[SetAside],
    reports: Iterable[Report],
    round_day: datetime.date | None = None,
) -> tuple[SetAside, ...]:
    """:func:`still_set_aside` of the files set aside *now* and the ledger's *reports*."""
    found = [_of_round(f, round_day) for f in now]
    read: dict[str, set[datetime.date]] = {}  # each unit's 统计截止日期 in the ledger
    for r in reports:
        read.setdefault(r.unit, set()).add(r.as_of)
    kept: dict[tuple[str | None, datetime.date | None, str], SetAside] = {}
    for f in (*earlier, *found):
        if f.unit is None:
            continue
        days = read.get(f.unit, set())
        if days and (f.as_of is None or f.as_of in days):
            continue  # corrected: the unit's reports of that round are in the ledger
        kept.setdefault((f.unit, f.as_of, f.file), attrs.evolve(f, problems=()))
    return tuple(kept.values())


def _of_round(f: SetAside, round_day: datetime.date | None) -> SetAside:
    """*f* as the round it was returned for counts it: under that round's 统计截止日期.

    A file set aside as another round's template (``other_round``: last round's form,
    filled in again) was returned for the round collected, not for the day on its
    cover: it is recorded under the round's day, so that chase counts it (已报回待修改),
    rather than under the cover's, which the ledger's reports of that day would
    overtake. A file whose 统计截止日期 could not be read is given *round_day*.
    """
    for p in f.problems:
        if p.kind == "other_round":
            with contextlib.suppress(KeyError, TypeError, ValueError):
                return attrs.evolve(
                    f, as_of=datetime.date.fromisoformat(dict(p.values)["expected"])
                )
    if f.as_of is None and round_day is not None:
        return attrs.evolve(f, as_of=round_day)
    return f


def pending_correction(
    set_aside: Iterable[SetAside], ledger: Ledger, as_of: datetime.date
) -> tuple[str, ...]:
    """The units whose file of the round current on *as_of* was set aside, uncorrected.

    The round current on *as_of* is the newest 统计截止日期 on or before it, among the
    ledger's reports and the files set aside; a file set aside for an earlier round
    (never corrected, and nothing returned since) no longer counts: the unit is
    未报送 for the newer round. A file set aside with no 统计截止日期 counts for any day.
    """
    records = tuple(set_aside)
    days = {r.as_of for r in ledger.reports} | {f.as_of for f in records if f.as_of is not None}
    current = max((d for d in days if d <= as_of), default=None)
    return tuple(
        dict.fromkeys(
            f.unit
            for f in records
            if f.unit is not None and (f.as_of is None or f.as_of == current)
        )
    )


def pending_reasons(
    set_aside: Iterable[SetAside], ledger: Ledger, as_of: datetime.date
) -> dict[str, str]:
    """:func:`pending_correction`'s units, each with why its file was set aside.

    A unit with several files on record for the round is ``"two_files"`` when any of
    them is (the office has a file to choose first), else its first file's reason.
    """
    records = tuple(set_aside)
    units = pending_correction(records, ledger, as_of)
    found: dict[str, str] = {}
    for f in records:
        if f.unit in units and (found.get(f.unit) is None or f.reason == "two_files"):
            found[f.unit] = f.reason
    return {u: found[u] for u in units}


def not_returned_in(
    ledger: Ledger, sent: Iterable[str], as_of: datetime.date, set_aside: Iterable[SetAside] = ()
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The round of *as_of*'s sent units, by what came back: (in the ledger, set aside, none).

    A unit is in the ledger when the ledger holds a report of it for *as_of*; set
    aside when it has none but a file of it for that round is on record as set aside;
    else it returned nothing (a file returned with every row blank holds no report and
    leaves no record: it is counted here as none).
    """
    plan = ledger.plan
    names = list(dict.fromkeys(plan.unit(u).name for u in sent))
    reported = {r.unit for r in ledger.reports if r.as_of == as_of}
    aside = {f.unit for f in set_aside if f.unit is not None and f.as_of in (as_of, None)}
    read = tuple(u for u in names if u in reported)
    held = tuple(u for u in names if u not in reported and u in aside)
    none = tuple(u for u in names if u not in reported and u not in aside)
    return read, held, none
