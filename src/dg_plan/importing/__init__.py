r"""Read the task lists that government documents come in: Word and Excel tables, CSV, text.

:func:`read` chooses the reader by the file's suffix (``.xlsx``, ``.docx``, ``.csv``,
``.txt`` / ``.md``); :func:`read_text` reads text already in memory. Both return an
:class:`ImportResult`: a valid :class:`~dg_plan.Plan`, every inference made
(:attr:`ImportResult.notes`) and everything that could not be read
(:attr:`ImportResult.problems`), each with where it is in the file. Nothing is dropped
silently: a cell or line that cannot be read is a problem, and its task is still
imported with the printed text kept in its provenance.

>>> from dg_plan import importing
>>> result = importing.read_text(
...     "一、健全机制\n"
...     "（一）建立推进机制。（市大数据局牵头，市直有关部门配合；2024年底前完成）\n"
... )
>>> task = result.plan.tasks[0]
>>> task.text, str(task.deadline), [u.name for u in task.leads]
('建立推进机制。', '2024年12月底前', ['市大数据局'])

Unit cells are read with one grammar (the one the shipped plan is built with): 牵头
gives LEAD; 负责 / 按职责分工负责 give RESPONSIBLE; 配合 / 协助 / 参与 give
SUPPORT; a column headed (or a line labelled) 牵头单位, 负责单位 or 配合单位 (协助单位,
参与单位) gives its units that role, one headed 责任单位 holds all the units, each
with the role its cell's grammar gives; 以及, 、 and ， join; an elided prefix (省, 市,
区, 县) is restored from the first item. Names resolve to a registry's units (the
shipped Henan plan's by default), and a unit keeps the name its list prints: a name the
registry knows as another unit's alias or full name (发改委) becomes a unit of that name,
of the registry unit's kind, its ``note`` naming the registry unit, and a note
(``linked_to_registry``) says so; a name no registry knows becomes a unit of kind
:attr:`~dg_plan.UnitKind.UNCLASSIFIED` (or :attr:`~dg_plan.UnitKind.COLLECTIVE` for
各…, …有关部门, …相关部门).

Each task's :attr:`Provenance.origin <dg_plan.Provenance.origin>` says where in the file
it was read from: the file, the sheet or Word table, the rows or lines, each field's cell.

Imported tasks have a :class:`~dg_plan.Provenance` whose ``page`` is 1 (files have no
printed pages) and whose ``deadline_rows`` / ``units_rows`` are the tasks a merged
cell spans.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from dg_plan._errors import PlanImportError
from dg_plan._plan import Plan
from dg_plan._vocabulary import UNNAMED_UNIT as UNNAMED_UNIT

from .findings import FindingKind
from .formats import FORMATS, TEXT_SUFFIXES, ZIP_SUFFIXES
from .locations import ImportNote, ImportProblem, ImportResult, Location
from .source import COLUMN_ROLES, COLUMN_ROLES_ZH, COLUMN_ROLES_ZH_EARLIER, Source
from .targets import Target

# The stages that read and assemble (.tables, .text, .assemble) load when a list is read:
# the command line reads FORMATS and the suffixes from .formats at start-up, loading this.
__all__ = [
    "FindingKind",
    "ImportNote",
    "ImportProblem",
    "ImportResult",
    "Location",
    "Target",
    "read",
    "read_text",
    "write_review",
]


def read(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    registry: Plan | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
    decisions: str | os.PathLike[str] | Mapping[str, Any] | None = None,
    columns: Mapping[str, str | Sequence[str]] | None = None,
) -> ImportResult:
    """Read a task list from a file: ``.xlsx``, ``.docx``, ``.csv``, ``.txt`` or ``.md``.

    Args:
        path: The file.
        strict: Raise :class:`PlanImportError` when anything cannot be read, instead of
            returning the problems with the plan.
        registry: The plan whose units (and their aliases) names resolve to; the shipped
            Henan plan by default. Other names become unclassified units.
        sheet: For ``.xlsx``: the worksheet to read; by default the first with a
            header row.
        encoding: For ``.csv``, ``.txt`` and ``.md``: the text's encoding. By default
            UTF-8 (a byte order mark is skipped), or, when the bytes are not UTF-8,
            GB18030, which GBK and GB2312 are part of and which Excel and WPS on a
            Chinese Windows save a CSV as; a note says so.
        decisions: A reviewer's decisions: a TOML file (a path) or its parsed mapping,
            applied after reading and before the plan is made (see below).
        columns: For a table (``.xlsx``, ``.docx``, ``.csv``): headers the reader does
            not know, each mapped from its role: ``{"text": "民生实事"}`` (a list of
            headers for several columns of one role: ``{"ignore": ["进度", "备注"]}``). A role is
            ``text``, ``number``, ``deadline``, ``units`` (all of a task's units, each
            with the role its cell's grammar gives), ``lead``, ``responsible``,
            ``support`` or ``ignore`` (a column not read), or its Chinese name
            (主要任务, 序号, 完成时限, 责任单位, 牵头单位, 负责单位, 配合单位, 不读;
            任务, the text's name in earlier releases, still reads); a header is
            matched without its white space. A header no header row holds is a problem.
            (The command line's ``--column ROLE=HEADER``.)

    A decisions file is a list of ``[[decision]]`` tables. Each names what it is about
    (a task by ``task``, its number as imported, and/or ``printed``, its printed
    number, and/or ``starts``, the first characters of its text, all of which must
    hold; or a ``line``; or a ``row``, with ``sheet``), says why (``reason``,
    required), and does one thing: set the task's ``text``, ``deadline`` (as printed)
    and/or units (``leads``, ``responsible``, ``support``: names as they should read);
    ``split`` it into two at a text; ``join = true`` it with the next task;
    ``skip = true`` the task, line or row; or, with no target, ``lead_rule = "first"``
    (the first unit of each task that names no lead leads) or ``title`` (the list's
    title); or, for a ``section`` (named by its printed label, 一 or （一）, or its
    title as read), ``section_title`` (its title; a problem about that heading is
    settled). A ``line`` that holds no task (a line read as a heading, or one of the
    preamble) is read as a task by a decision setting its fields. The decisions apply in
    order; ``task`` is always the number as imported without decisions. Each applied
    decision is an :class:`ImportNote` of kind ``DECISION_APPLIED`` and a ``decided``
    note in the provenance of the tasks it changes. The problems about a task that a
    decision settles are kept, with ``settled`` set to its reason, and left out of
    :attr:`ImportResult.open_problems` (which *strict* and the command line count)::

        [[decision]]
        task = 4
        starts = "完善应急预案体系"
        split = "(2)"
        reason = "sub-items (1) and (2) are two tasks under one attribution line"

    Returns:
        The plan, the notes and the problems.

    Raises:
        PlanImportError: The file holds no task list (no header row, no task), the
            format is not one that can be read (``.doc``, ``.wps``, ``.pdf``: the
            message says how to convert it), *strict* is set and there are open
            problems, or *decisions* is malformed (the message names the key and
            value) or has a decision that matches nothing or several tasks (the
            message names the decision's index and what it looked for), or
            *columns* names a role that is none of those above.
        ImportError: An ``.xlsx`` without openpyxl or a ``.docx`` without python-docx.
        OSError: The file cannot be read.
    """
    decided = None
    if decisions is not None:
        from .decision_file import load  # noqa: PLC0415 - only when there are decisions

        decided = load(decisions)  # a malformed file stops the import before it reads
    file = Path(path)
    suffix = file.suffix.lower()
    source = Source(file.name)
    if columns:
        _map_columns(columns, source)
    if suffix in FORMATS or suffix == ".pdf":
        if not file.exists():  # a missing .doc is missing, whatever it would have held
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(file))
        if suffix == ".pdf":
            source.problem(
                Location(file.name), FindingKind.PDF_NOT_READ, values={"file": file.name}
            )
        else:
            values = {"file": file.name, "format": FORMATS[suffix]}
            source.problem(Location(file.name), FindingKind.FORMAT_NOT_READ, values=values)
        raise PlanImportError(source.problems, file.name)
    data = file.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    if suffix in ZIP_SUFFIXES:
        from .tables import read_zipped  # noqa: PLC0415 - a reader only when it reads

        read_zipped(file, suffix, source, sheet)
        _unused_columns(source)
    elif suffix in TEXT_SUFFIXES:
        from .tables import read_csv  # noqa: PLC0415 - as above
        from .text import decode, read_lines  # noqa: PLC0415 - as above

        text = decode(data, encoding, source)
        if suffix == ".csv":
            read_csv(text, source)
            _unused_columns(source)
        else:
            read_lines(text, source)
            if decided is not None:  # a split part names the line its text begins on
                decided = decided.with_lines(text)
    else:
        if suffix:
            source.problem(
                Location(file.name), FindingKind.UNKNOWN_SUFFIX, values={"suffix": suffix}
            )
        else:
            source.problem(Location(file.name), FindingKind.NO_SUFFIX)
        raise PlanImportError(source.problems, file.name)
    from .assemble import finish  # noqa: PLC0415 - as above

    return finish(source, registry, strict, sha256, decided)


def _map_columns(columns: Mapping[str, str | Sequence[str]], source: Source) -> None:
    """Fill *source*'s header mapping from ``read(columns=...)``: role -> header.

    Raises:
        PlanImportError: A role is not one of COLUMN_ROLES.
    """
    chinese = {zh: role for role, zh in COLUMN_ROLES_ZH.items()} | dict(COLUMN_ROLES_ZH_EARLIER)
    for named, given in columns.items():
        role = chinese.get(named, named)
        for header in [given] if isinstance(given, str) else given:
            values = {}
            if role not in COLUMN_ROLES:
                values = {
                    "given": f"{named}={header}",
                    "role": str(named),
                    "roles": ", ".join(COLUMN_ROLES),
                    "roles_zh": "、".join(COLUMN_ROLES_ZH.values()),
                }
            elif not "".join(str(header).split()):
                values = {"given": f"{named}={header}"}
            if values:
                kind = FindingKind.COLUMN_MAPPING_MALFORMED
                source.problem(Location(source.file), kind, values=values)
                raise PlanImportError(source.problems, source.file)
            source.header_map["".join(str(header).split())] = COLUMN_ROLES[role]
            source.header_roles["".join(str(header).split())] = role


def _unused_columns(source: Source) -> None:
    """A problem for each mapped header that no header row held."""
    for header, role in source.header_roles.items():
        if header not in source.headers_used:
            values = {"header": header, "role": role, "role_zh": COLUMN_ROLES_ZH.get(role, role)}
            source.problem(Location(source.file), FindingKind.COLUMN_NOT_FOUND, values=values)


def read_text(
    text: str,
    *,
    strict: bool = False,
    registry: Plan | None = None,
    name: str = "",
    decisions: str | os.PathLike[str] | Mapping[str, Any] | None = None,
) -> ImportResult:
    """Read a task list from policy text (headings, inline attributions, labelled lines).

    Args:
        text: The text.
        strict: Raise :class:`PlanImportError` when anything cannot be read.
        registry: The plan whose units names resolve to (the shipped plan by default).
        name: A name for the text, used in locations.
        decisions: A reviewer's decisions, as for :func:`read`.

    Returns:
        The plan, the notes and the problems.

    Raises:
        PlanImportError: The text holds no task, *strict* is set and there are open
            problems, or *decisions* is malformed or does not match.
    """
    decided = None
    if decisions is not None:
        from .decision_file import load  # noqa: PLC0415 - as above

        decided = load(decisions)
    from .assemble import finish  # noqa: PLC0415 - the stages load when text is read
    from .text import read_lines  # noqa: PLC0415 - as above

    source = Source(name)
    read_lines(text, source)
    if decided is not None:
        decided = decided.with_lines(text)
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return finish(source, registry, strict, sha256, decided)


def write_review(
    result: ImportResult | PlanImportError,
    path: str | os.PathLike[str],
    *,
    language: str = "en",
) -> None:
    """Write *result* as a review workbook (``.xlsx``): every task, its problems and notes.

    Sheet 1 has one row per task: number, printed number, text, deadline as printed and
    as read, leads, responsible, support (names joined with 、), where it came from, its
    problems and notes (a row with an open problem is highlighted in yellow, a row read
    by an inference, a note such as a prefix restored or a deadline read in another
    form, in light blue); sheet 2 lists the
    file's own problems and notes. Headers and findings are in *language* (``"en"`` or
    ``"zh"``). What the reviewer finds wrong goes into a decisions file (see
    :func:`read`).

    *result* may also be the :class:`~dg_plan.PlanImportError` :func:`read` raised: with
    ``strict=True`` the workbook is that of the result its open problems stopped; for
    an import refused (no task found), sheet 1 holds no task and sheet 2 the refusal's
    problems (the candidate lines) and what each line was read as.

    Raises:
        ImportError: openpyxl is not installed (the ``excel`` extra).
        InvalidQueryError: *language* is neither ``"en"`` nor ``"zh"``.
        OSError: The file cannot be written.
    """
    from .review import write_review as write  # noqa: PLC0415 - openpyxl only when asked

    write(result, path, language=language)
