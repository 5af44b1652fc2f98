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
...     "（一）建立推进机制。（省大数据局牵头，省直有关部门配合；2024年底前完成）\n"
... )
>>> task = result.plan.tasks[0]
>>> task.text, str(task.deadline), [u.name for u in task.leads]
('建立推进机制。', '2024年12月底前', ['省大数据局'])

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
from pathlib import Path

from dg_plan._errors import PlanImportError
from dg_plan._plan import Plan

from .findings import FORMATS, TEXT_SUFFIXES, ZIP_SUFFIXES, FindingKind
from .locations import ImportNote, ImportProblem, ImportResult, Location
from .source import UNNAMED_UNIT as UNNAMED_UNIT
from .source import Source

# The stages that read and assemble (.tables, .text, .assemble) load when a list is read:
# the command line reads FORMATS and the suffixes from .findings at start-up, loading this.
__all__ = [
    "FindingKind",
    "ImportNote",
    "ImportProblem",
    "ImportResult",
    "Location",
    "read",
    "read_text",
]


def read(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    registry: Plan | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
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

    Returns:
        The plan, the notes and the problems.

    Raises:
        PlanImportError: The file holds no task list (no header row, no task), the
            format is not one that can be read (``.doc``, ``.wps``, ``.pdf``: the
            message says how to convert it), or *strict* is set and there are problems.
        ImportError: An ``.xlsx`` without openpyxl or a ``.docx`` without python-docx.
        OSError: The file cannot be read.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    source = Source(file.name)
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
    elif suffix in TEXT_SUFFIXES:
        from .tables import read_csv  # noqa: PLC0415 - as above
        from .text import decode, read_lines  # noqa: PLC0415 - as above

        text = decode(data, encoding, source)
        if suffix == ".csv":
            read_csv(text, source)
        else:
            read_lines(text, source)
    else:
        if suffix:
            source.problem(
                Location(file.name), FindingKind.UNKNOWN_SUFFIX, values={"suffix": suffix}
            )
        else:
            source.problem(Location(file.name), FindingKind.NO_SUFFIX)
        raise PlanImportError(source.problems, file.name)
    from .assemble import finish  # noqa: PLC0415 - as above

    return finish(source, registry, strict, sha256)


def read_text(
    text: str,
    *,
    strict: bool = False,
    registry: Plan | None = None,
    name: str = "",
) -> ImportResult:
    """Read a task list from policy text (headings, inline attributions, labelled lines).

    Args:
        text: The text.
        strict: Raise :class:`PlanImportError` when anything cannot be read.
        registry: The plan whose units names resolve to (the shipped plan by default).
        name: A name for the text, used in locations.

    Returns:
        The plan, the notes and the problems.

    Raises:
        PlanImportError: The text holds no task, or *strict* is set and there are
            problems.
    """
    from .assemble import finish  # noqa: PLC0415 - the stages load when text is read
    from .text import read_lines  # noqa: PLC0415 - as above

    source = Source(name)
    read_lines(text, source)
    return finish(source, registry, strict, hashlib.sha256(text.encode("utf-8")).hexdigest())
