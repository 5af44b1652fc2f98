"""What the importer found, as data: a kind of finding plus its values, rendered in a language.

The importer's notes and problems (:class:`~dg_plan.importing.ImportNote`,
:class:`~dg_plan.importing.ImportProblem`) and the unit grammar's problems are made of
a :class:`FindingKind` and the values it names, as provenance notes are
(:mod:`dg_plan._notes`): the library's English sentence (``str()``, exception
messages) and the command line's Chinese one are two renderings of the same data.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from ._errors import InvalidTypeError, ValidationError
from ._notes import _KEY, NoteKind, _placeholders, _to_values, render_values
from ._notes import _TEMPLATES as _NOTE_TEMPLATES
from ._validate import dg_errors, instance_of

__all__ = ["Finding", "FindingKind", "check_values", "render"]


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when a finding is rendered."""
    return message


class FindingKind(enum.Enum):
    """What the importer found: the kind of an import note or problem.

    The values are stable names (``dg-plan import --json`` shows them as ``kind``);
    the comment of each member names the values a finding of that kind carries.
    """

    #: A finding with no structure: its message is the whole finding.
    TEXT = "text"
    # -- notes: how the file was read ------------------------------------------------
    #: The header row was found: ``columns`` (each cell and its text).
    HEADER_ROW = "header_row"
    #: A row, paragraph or line above the title read as the attachment label (附件4).
    ATTACHMENT_LABEL = "attachment_label"
    #: A row above the header read as the list's title.
    TITLE_ROW = "title_row"
    #: A paragraph above the first table read as the list's title.
    TITLE_PARAGRAPH = "title_paragraph"
    #: A line before the first heading read as the list's title.
    TITLE_LINE = "title_line"
    #: A paragraph above the title, not read.
    TEXT_ABOVE_TITLE = "text_above_title"
    #: A line before the first heading that is neither title nor task.
    PREAMBLE = "preamble"
    #: A table without a header row read as the continuation of the one before.
    TABLE_CONTINUES = "table_continues"
    #: A row read as a heading: ``level`` (1: a part, 2: a subsection).
    HEADING_ROW = "heading_row"
    #: A paragraph between tables read as a heading: ``level``.
    HEADING_PARAGRAPH = "heading_paragraph"
    #: A line read as a heading: ``level``.
    HEADING_LINE = "heading_line"
    #: A merged cell: ``cell`` (its range), and ``rows`` and/or ``columns`` it spans.
    CELL_MERGED = "cell_merged"
    #: A worksheet without a header row, skipped.
    SHEET_SKIPPED = "sheet_skipped"
    #: Task numbers missing or repeated: the tasks are numbered in document order.
    RENUMBERED_IN_ORDER = "renumbered_in_order"
    #: No deadline column: every task's deadline is unspecified.
    NO_DEADLINE_COLUMN = "no_deadline_column"
    #: A deadline read in another form: ``read`` (the deadline as dg_plan writes it).
    DEADLINE_READ_AS = "deadline_read_as"
    #: An elided prefix restored on a unit name: ``prefix``, ``from``, ``to``.
    PREFIX_RESTORED = "prefix_restored"
    #: A unit no registry knows, made a unit of its own: ``name``, ``unit_kind``.
    NEW_UNIT = "new_unit"
    #: Tasks before the first heading, made a part of their own.
    UNHEADED_TASKS = "unheaded_tasks"
    # -- problems: what could not be read ------------------------------------------
    #: More text above the header than a title and an attachment label.
    TEXT_ABOVE_HEADER = "text_above_header"
    #: No header row in the table: ``words`` (the task column's names).
    NO_HEADER_ROW = "no_header_row"
    #: A row with one cell across the table that is not a heading.
    ROW_ACROSS_TABLE = "row_across_table"
    #: A row without task text.
    ROW_WITHOUT_TEXT = "row_without_text"
    #: The worksheet asked for does not exist: ``sheet``, ``sheets`` (those that do).
    NO_SUCH_SHEET = "no_such_sheet"
    #: No worksheet has a header row: ``words`` (the task column's names).
    NO_SHEET_WITH_HEADER = "no_sheet_with_header"
    #: A paragraph between tables that is not a heading.
    PARAGRAPH_OUTSIDE_TABLE = "paragraph_outside_table"
    #: A labelled line (牵头单位：…) before any task.
    LABELLED_LINE_BEFORE_TASK = "labelled_line_before_task"
    #: A second deadline line for one task.
    SECOND_DEADLINE_LINE = "second_deadline_line"
    #: A task without text: ``number``.
    TASK_WITHOUT_TEXT = "task_without_text"
    #: A deadline that could not be read.
    NOT_A_DEADLINE = "not_a_deadline"
    #: A task whose deadline cell is blank, in a list whose other tasks print one:
    #: ``number``. Its deadline is left unspecified (未注明), not taken from a row above.
    NO_DEADLINE = "no_deadline"
    #: An empty item in a unit cell (两个顿号相连): ``cell``.
    EMPTY_UNIT_ITEM = "empty_unit_item"
    #: An item of a unit cell that names no unit (punctuation alone): ``item``, ``cell``.
    NOT_A_UNIT_NAME = "not_a_unit_name"
    #: A unit printed twice in one cell: ``name``, ``cell``.
    UNIT_PRINTED_TWICE = "unit_printed_twice"
    #: A unit named twice for one task (in two unit columns): ``name``.
    UNIT_NAMED_TWICE = "unit_named_twice"
    #: A task that names no unit: ``number``.
    NO_UNIT = "no_unit"
    #: A heading's declared count (（共N项）) that its tasks do not match:
    #: ``declared``, ``count``.
    DECLARED_COUNT = "declared_count"
    #: The file holds no task.
    NO_TASK = "no_task"
    #: A format that cannot be read (.doc, .wps): ``file``, ``format``.
    FORMAT_NOT_READ = "format_not_read"
    #: A PDF, which cannot be read: ``file``.
    PDF_NOT_READ = "pdf_not_read"
    #: An .xlsx file that is no workbook: ``error`` (the reader's own words).
    NOT_A_WORKBOOK = "not_a_workbook"
    #: A .docx file that is no document: ``error`` (the reader's own words).
    NOT_A_DOCUMENT = "not_a_document"
    #: Text that is not in the encoding asked for: ``encoding``, ``reason`` (the
    #: codec's own words).
    NOT_TEXT = "not_text"
    #: Text that is not UTF-8 but reads as GB18030 (which GBK and GB2312 are part of):
    #: what Excel and WPS on a Chinese Windows save a CSV as.
    READ_AS_GB18030 = "read_as_gb18030"
    #: A file name with a suffix that is not read: ``suffix``.
    UNKNOWN_SUFFIX = "unknown_suffix"
    #: A file name without a suffix.
    NO_SUFFIX = "no_suffix"


# The suffixes dg_plan.importing.read reads: workbooks and documents, and text.
ZIP_SUFFIXES = frozenset({".xlsx", ".docx"})
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".md", ".markdown"})

# The formats FORMAT_NOT_READ names, as its ``format`` value (translated when rendered).
FORMATS = {
    ".doc": _("a Word 97–2003 document"),
    ".wps": _("a WPS document"),
}

# Each kind's English templates, most specific first (as for notes): a finding renders
# with the first whose placeholders all have values; the last names those required.
_TEMPLATES: dict[FindingKind, tuple[str, ...]] = {
    FindingKind.TEXT: ("{text}",),
    FindingKind.HEADER_ROW: (_("header row: {columns}"),),
    FindingKind.ATTACHMENT_LABEL: (_("attachment label"),),
    FindingKind.TITLE_ROW: (_("title row"),),
    FindingKind.TITLE_PARAGRAPH: (_("title paragraph"),),
    FindingKind.TITLE_LINE: (_("title line"),),
    FindingKind.TEXT_ABOVE_TITLE: (_("text above the title, not read"),),
    FindingKind.PREAMBLE: (_("preamble text before the first heading, not a task"),),
    FindingKind.TABLE_CONTINUES: (_("a table without a header row continues the previous table"),),
    FindingKind.HEADING_ROW: (_("heading row (level {level})"),),
    FindingKind.HEADING_PARAGRAPH: (_("heading paragraph (level {level})"),),
    FindingKind.HEADING_LINE: (_("heading line (level {level})"),),
    FindingKind.CELL_MERGED: (
        _("cell {cell} merged over rows {rows} across columns {columns}"),
        _("cell {cell} merged over rows {rows}"),
        _("cell {cell} merged across columns {columns}"),
        _("cell {cell} merged"),
    ),
    FindingKind.SHEET_SKIPPED: (_("no header row: sheet skipped"),),
    FindingKind.RENUMBERED_IN_ORDER: (
        _("task numbers are missing or repeated: tasks are numbered in document order"),
    ),
    FindingKind.NO_DEADLINE_COLUMN: (_("no deadline column: every task is UNSPECIFIED"),),
    FindingKind.DEADLINE_READ_AS: (_("deadline read as {read}"),),
    FindingKind.PREFIX_RESTORED: _NOTE_TEMPLATES[NoteKind.PREFIX_RESTORED],
    FindingKind.NEW_UNIT: (_("{name} is in no registry: a unit of kind {unit_kind}"),),
    FindingKind.UNHEADED_TASKS: (_("tasks before the first heading form a part of their own"),),
    FindingKind.TEXT_ABOVE_HEADER: (_("text above the header, not read"),),
    FindingKind.NO_HEADER_ROW: (_("no header row: expected a column named one of {words}"),),
    FindingKind.ROW_ACROSS_TABLE: (_("a row across the table that is not a heading"),),
    FindingKind.ROW_WITHOUT_TEXT: (_("a row with no task text, not read"),),
    FindingKind.NO_SUCH_SHEET: (_("no sheet named {sheet!r}; the sheets are {sheets}"),),
    FindingKind.NO_SHEET_WITH_HEADER: (_("no sheet has a header row naming one of {words}"),),
    FindingKind.PARAGRAPH_OUTSIDE_TABLE: (_("a paragraph outside the table, not read"),),
    FindingKind.LABELLED_LINE_BEFORE_TASK: (_("a labelled line before any task"),),
    FindingKind.SECOND_DEADLINE_LINE: (_("a second deadline line for the task"),),
    FindingKind.TASK_WITHOUT_TEXT: (_("task {number} has no text"),),
    FindingKind.NOT_A_DEADLINE: (_("not a deadline"),),
    FindingKind.EMPTY_UNIT_ITEM: (_("an empty item in the unit list {cell!r}"),),
    FindingKind.NOT_A_UNIT_NAME: (_("not a unit name: {item!r} in {cell!r}"),),
    FindingKind.UNIT_PRINTED_TWICE: (_("{name!r} is printed twice in {cell!r}"),),
    FindingKind.UNIT_NAMED_TWICE: (_("{name} is named twice for the task"),),
    FindingKind.NO_UNIT: (_("task {number} names no responsible unit"),),
    FindingKind.DECLARED_COUNT: (_("the heading declares {declared} tasks but {count} follow it"),),
    FindingKind.NO_TASK: (_("no task found"),),
    FindingKind.FORMAT_NOT_READ: (
        _(
            "{file} is {format}, which cannot be read: convert it first, "
            "e.g. `soffice --headless --convert-to docx {file}`"
        ),
    ),
    FindingKind.PDF_NOT_READ: (
        _(
            "{file} is a PDF, which cannot be read: convert it first, "
            "e.g. `soffice --headless --convert-to docx {file}` "
            "(or copy its table into a .xlsx / .docx)"
        ),
    ),
    FindingKind.NOT_A_WORKBOOK: (_("cannot be read as an xlsx workbook: {error}"),),
    FindingKind.NOT_A_DOCUMENT: (_("cannot be read as a docx document: {error}"),),
    FindingKind.NOT_TEXT: (_("not {encoding} text: {reason}"),),
    FindingKind.NO_DEADLINE: (
        _("task {number} prints no deadline: left unspecified, not taken from the row above"),
    ),
    FindingKind.READ_AS_GB18030: (
        _("not UTF-8 text: read as GB18030 (GBK), as Excel and WPS save a CSV in Chinese"),
    ),
    FindingKind.UNKNOWN_SUFFIX: (
        _("unknown suffix {suffix!r}: expected .xlsx, .docx, .csv, .txt or .md"),
    ),
    FindingKind.NO_SUFFIX: (
        _("unknown suffix '(none)': expected .xlsx, .docx, .csv, .txt or .md"),
    ),
}

# The values that are words of a closed vocabulary, translated when rendered.
_TRANSLATED: dict[FindingKind, frozenset[str]] = {
    FindingKind.NEW_UNIT: frozenset({"unit_kind"}),
    FindingKind.FORMAT_NOT_READ: frozenset({"format"}),
}


def check_values(kind: object, values: object, argument: str = "values") -> None:
    """Check that *values* are the ``(key, value)`` string pairs *kind* needs.

    Raises:
        InvalidTypeError: *kind* is not a :class:`FindingKind`, or the values are not
            pairs of strings.
        ValidationError: A key is not snake_case or repeats, or a value *kind* needs
            is missing.
    """
    if not isinstance(kind, FindingKind):
        raise InvalidTypeError(f"expected a FindingKind, got {kind!r}", "kind", kind)
    if type(values) is not tuple or not all(
        type(p) is tuple and len(p) == 2 and all(type(s) is str for s in p) for p in values
    ):
        raise InvalidTypeError(
            f"a finding's values must be (key, value) pairs of str, got {values!r}",
            argument,
            values,
        )
    keys = [k for k, _v in values]
    bad = [k for k in keys if not _KEY.match(k)]
    if bad:
        raise ValidationError(
            f"a finding's value key must be snake_case, got {bad[0]!r}", argument, bad[0]
        )
    if len(set(keys)) != len(keys):
        raise ValidationError(f"a finding's value keys repeat: {keys!r}", argument, values)
    missing = sorted(_placeholders(_TEMPLATES[kind][-1]) - set(keys))
    if kind is not FindingKind.TEXT and missing:
        raise ValidationError(
            f"a {kind.value} finding needs the values {missing!r}", argument, values
        )


def render(kind: FindingKind, values: tuple[tuple[str, str], ...], language: str) -> str:
    """Return a finding of *kind* with *values* as a sentence in *language*.

    Raises:
        InvalidQueryError: *language* is neither ``"en"`` nor ``"zh"``.
    """
    return render_values(
        _TEMPLATES[kind],
        values,
        language,
        translate=kind is not FindingKind.TEXT,
        translated=_TRANSLATED.get(kind, frozenset()),
    )


def _check(instance: Finding, attribute: attrs.Attribute[Any], value: object) -> None:
    check_values(instance.kind, value, attribute.name)


@attrs.frozen(cache_hash=True, field_transformer=dg_errors)
class Finding:
    """A finding without a place: a kind plus its values (the unit grammar's problems).

    ``str(finding)`` is its English sentence.

    Args:
        kind: What was found.
        values: The values the kind names (a mapping or pairs; kept sorted by key).
    """

    kind: FindingKind = attrs.field(validator=instance_of(FindingKind))
    values: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_to_values, validator=_check
    )

    @classmethod
    def of(cls, kind: FindingKind, values: Mapping[str, str] | None = None) -> Finding:
        """Return the finding of *kind* with *values*."""
        return cls(kind, tuple((values or {}).items()))

    def render(self, language: str = "en") -> str:
        """Return the finding as a sentence in *language* (``"en"`` or ``"zh"``)."""
        return render(self.kind, self.values, language)

    def __str__(self) -> str:
        return self.render("en")
