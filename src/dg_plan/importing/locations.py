"""Where something is in an imported file, what was found there, and what an import returns.

:class:`Location` names a place (a file, a sheet or table, a cell, a line);
:class:`ImportNote` and :class:`ImportProblem` are what the importer found there,
each a kind of :class:`~dg_plan.importing.findings.FindingKind` plus its values;
:class:`ImportResult` is the plan with all of them.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re

import attrs

from dg_plan._errors import ValidationError
from dg_plan._i18n import N_
from dg_plan._messages import (
    Message,
    file_name,
    join_place,
    kind_validator,
    to_values,
    values_validator,
)
from dg_plan._messages import render as render_message
from dg_plan._plan import Plan

from .findings import FindingKind
from .targets import Target

_TABLE = re.compile(r"table ([0-9]+)\Z")


@attrs.frozen
class Location:
    """Where something is in an imported file.

    ``str(location)`` says it in English (``list.xlsx, sheet 任务, row 8, column “完成时限”``);
    :meth:`render` says it in either language. A place in a table is said as a
    returned form's is: the sheet, the row, and the column by its header as the file
    prints it (by its number where it has none), never a cell's name (a .csv file
    shows none); :attr:`cell` still gives it.

    Args:
        file: The file's name (empty for text read from memory).
        sheet: The worksheet (xlsx) or table (docx, ``"table 1"``), if any.
        row: The 1-based row, for tables.
        column: The 1-based column, for tables.
        line: The 1-based line, for text (for a .docx, the paragraph's number).
        header: The column's header as the file prints it, or ``""``: the column has
            none (it is above the table's header row, or the table has no header row).
    """

    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: int | None = None
    line: int | None = None
    header: str = attrs.field(default="", kw_only=True)

    @property
    def cell(self) -> str:
        """The cell reference (``E8``), or ``""`` when not a cell."""
        if self.row is None or self.column is None:
            return ""
        return f"{column_letter(self.column)}{self.row}"

    @property
    def table(self) -> int | None:
        """The 1-based number of a Word table (``sheet`` ``"table 2"``: 2), else ``None``.

        The importer names a .docx file's tables ``table 1``, ``table 2`` …; a
        worksheet's name is the sheet's own, whatever it says.
        """
        docx = self.file.lower().endswith(".docx") or not self.file
        match = _TABLE.match(self.sheet) if docx else None
        return int(match[1]) if match else None

    def render(self, language: str = "en") -> str:
        """Return the place in words, in *language* (``"en"`` or ``"zh"``).

        >>> where = Location("list.xlsx", "任务", 8, 5, header="完成时限")
        >>> where.render(), where.render("zh")
        ('list.xlsx, sheet 任务, row 8, column “完成时限”', '“list.xlsx”“任务”表第8行“完成时限”列')
        >>> Location("list.csv", row=1, column=2).render("zh")
        '“list.csv”第1行第2列'
        >>> Location("方案.docx", "table 2", 3).render("zh")
        '“方案.docx”表2第3行'

        Raises:
            InvalidQueryError: *language* is neither.
        """
        from dg_plan import _i18n  # noqa: PLC0415 - gettext only when a place is shown

        words = _i18n.translation(_i18n.normalize(language))
        say = words.gettext
        parts = [file_name(self.file, words)] if self.file else []
        if self.table is not None:
            parts.append(say(N_("table {number}")).format(number=self.table))
        elif self.sheet:
            parts.append(say(N_("sheet {sheet}")).format(sheet=self.sheet))
        if self.row is not None:
            parts.append(say(N_("row {row}")).format(row=self.row))
        if self.column is not None and self.header:
            # The column by its header, as a returned form's (“完成时限”列 in Chinese).
            by_header = words.pgettext("a column of a table, by its header", "column “{header}”")
            parts.append(by_header.format(header=self.header))
        elif self.column is not None:
            parts.append(say(N_("column {column}")).format(column=self.column))
        if self.line is not None:
            paragraph = self.file.lower().endswith(".docx")
            form = say(N_("paragraph {line}")) if paragraph else say(N_("line {line}"))
            parts.append(form.format(line=self.line))
        return join_place(parts, words) or say(N_("(text)"))

    def __str__(self) -> str:
        """Return the place in words: ``list.xlsx, sheet 任务, row 8, column “完成时限”``."""
        return self.render("en")


@attrs.frozen
class _Found(Message[FindingKind]):
    """What an import note and an import problem share: a place, a kind plus its values."""

    KINDS = FindingKind
    NOUN = "finding"

    where: Location
    message: str = ""
    text: str = ""
    kind: FindingKind = attrs.field(
        default=FindingKind.TEXT, kw_only=True, validator=kind_validator
    )
    values: tuple[tuple[str, str], ...] = attrs.field(
        default=(), kw_only=True, converter=to_values, validator=values_validator
    )

    def __attrs_post_init__(self) -> None:
        if self.kind is FindingKind.TEXT:
            return
        english = render_message(self.kind, self.values, "en")
        if not self.message:
            object.__setattr__(self, "message", english)
        elif self.message != english:
            raise ValidationError(
                f"the message of a {self.kind.value} finding is {english!r}, not {self.message!r}",
                "message",
                self.message,
            )

    def render(self, language: str = "en") -> str:
        """Return what was found, as a sentence in *language* (``"en"`` or ``"zh"``).

        The English one is ``message``. The place and the text are not part of
        it: :meth:`Location.render` says the place.

        Raises:
            InvalidQueryError: *language* is neither.
        """
        if self.kind is FindingKind.TEXT:
            return self.message
        return render_message(self.kind, self.values, language)

    def __str__(self) -> str:
        """Return ``where: message ('text')``, in English."""
        return f"{self.where}: {self.message}" + (f" ({self.text!r})" if self.text else "")


@attrs.frozen
class ImportNote(_Found):
    """An inference the importer made, and where.

    Made by the importer with a ``kind`` and its ``values``; ``message`` is
    then their English sentence, and ``render(language)`` says it in either language.

    >>> note = ImportNote(Location("t.txt", line=1), text="标题", kind=FindingKind.TITLE_LINE)
    >>> str(note), note.render("zh")
    ("t.txt, line 1: this line is the list's title ('标题')", '本行为清单标题')

    Args:
        where: Where in the file.
        message: What was inferred, in English (made from *kind* and *values* when
            empty; for kind ``TEXT``, the whole finding).
        text: The text it was inferred from.
        kind: What kind of inference it is.
        values: The values *kind* names (a mapping or pairs; kept sorted by key).
        target: What a reviewer's decision names, for an applied decision's note
            (``decision_applied``, its ``text`` the file's words for it); else ``None``.

    Raises:
        InvalidTypeError: The values are not pairs of strings.
        ValidationError: A value *kind* needs is missing, or *message* is not the
            English sentence of *kind* and *values*.
    """

    target: Target | None = attrs.field(default=None, kw_only=True)

    render = _Found.render  # here too, so that the API reference shows it


@attrs.frozen
class ImportProblem(_Found):
    """Something the importer could not read, and where.

    Made by the importer with a ``kind`` and its ``values``; ``message`` is
    then their English sentence, and ``render(language)`` says it in either language.

    Args:
        where: Where in the file.
        message: What is wrong, in English (made from *kind* and *values* when empty;
            for kind ``TEXT``, the whole finding).
        text: The offending text, as printed.
        kind: What kind of problem it is.
        values: The values *kind* names (a mapping or pairs; kept sorted by key).
        task: The number of the imported task the problem is about (its text, a unit
            or the deadline may be wrong), or ``None`` for a problem of the file.
        settled: The reason of the reviewer's decision that settles the problem (see
            :func:`~dg_plan.importing.read`'s *decisions*), or ``""``: the problem is
            open. A settled problem is kept, and not counted among the open ones.

    Raises:
        InvalidTypeError: The values are not pairs of strings.
        ValidationError: A value *kind* needs is missing, or *message* is not the
            English sentence of *kind* and *values*.
    """

    task: int | None = attrs.field(default=None, kw_only=True)
    settled: str = attrs.field(default="", kw_only=True)

    render = _Found.render  # here too, so that the API reference shows it


@attrs.frozen
class ImportResult:
    """What :func:`read` and :func:`read_text` return.

    Args:
        plan: The imported plan, valid.
        notes: Every inference made, in file order.
        problems: Everything that could not be read, in file order (those a reviewer's
            decision settles too: see :attr:`open_problems`).
    """

    plan: Plan
    notes: tuple[ImportNote, ...] = ()
    problems: tuple[ImportProblem, ...] = ()

    @property
    def open_problems(self) -> tuple[ImportProblem, ...]:
        """The problems no reviewer's decision settles (``settled`` is empty)."""
        return tuple(p for p in self.problems if not p.settled)


def column_letter(column: int) -> str:
    """The letters of the 1-based *column* (1: A, 27: AA)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
