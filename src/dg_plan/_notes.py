"""Provenance notes as data: a kind of inference plus its values, rendered in a language."""

from __future__ import annotations

import attrs

from ._messages import Message, MessageKind

__all__ = ["Note", "NoteKind"]


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when a note is rendered."""
    return message


class NoteKind(MessageKind):
    """What kind of inference a :class:`Note` records.

    The values are the stable names the JSON format uses. Each kind's templates are
    beside it, most specific first: a note renders with the first template whose
    placeholders all have values; the last one names the values a kind requires.
    """

    #: A note with no structure: ``text`` is the whole note (every note of a
    #: version-1 file).
    TEXT = "text", ("{text}",)
    #: An elided prefix restored on a unit name: ``prefix``, ``from``, ``to``.
    PREFIX_RESTORED = "prefix_restored", (_("{prefix} restored: {from} → {to}"),)
    #: A unit cell merged over several rows: ``rows``, ``evidence``. Said as a reader
    #: needs it: what it means first (the rows have the same units), then the evidence.
    UNITS_CELL_MERGED = (
        "units_cell_merged",
        (
            _(
                "rows {rows} share one merged cell of the print's unit column: their units are "
                "the same. Evidence: {evidence}"
            ),
        ),
    )
    #: The same unit text printed on both sides of a page break: ``rows``, ``page``,
    #: ``next_rows``, ``next_page``.
    SAME_TEXT_ACROSS_PAGE_BREAK = (
        "same_text_across_page_break",
        (
            _(
                "rows {rows} (page {page}) and {next_rows} (page {next_page}) have the same "
                "units: the print repeats the unit text after the page break, possibly one "
                "cell crossing it"
            ),
        ),
    )
    #: A deadline column printed as one block whose cells read alike: ``cells`` (how
    #: many), ``rows``, ``evidence``.
    DEADLINE_BLOCK_ALIKE = (
        "deadline_block_alike",
        (
            _(
                "{cells} deadline cells for rows {rows} (printed as one block after the last "
                "row): {evidence}"
            ),
        ),
    )
    #: A deadline column printed as one block, and the cell this row takes:
    #: ``rows``, ``printed`` (the cells), ``cell`` (its 1-based index), ``evidence``.
    DEADLINE_BLOCK = (
        "deadline_block",
        (
            _(
                "deadline cells for rows {rows} printed as one block ({printed}); this row "
                "takes cell {cell}: {evidence}"
            ),
        ),
    )
    #: Another reading of the units: the rows join the cell printed above:
    #: ``rows``, ``above`` (that cell's text), ``evidence``.
    OTHER_READING_UNITS = (
        "other_reading_units",
        (
            _(
                "units: rows {rows} may instead take the units of the cell printed above "
                "({above}). Why: {evidence}. The data read the layout rule (the extraction "
                "prints a merged cell's text after the last row it spans), which five cells "
                "prove"
            ),
        ),
    )
    #: Another reading of the deadline under another split of a block: ``deadline``,
    #: ``rows``, ``evidence``.
    OTHER_READING_DEADLINE = (
        "other_reading_deadline",
        (_("deadline: {deadline} under another split of rows {rows} ({evidence})"),),
    )
    #: An imported spreadsheet cell merged over rows or columns: ``cell`` (its range),
    #: and ``rows`` and/or ``columns`` when it spans them; or an empty cell read as
    #: merged with the cell above, as a CSV export leaves a merged cell: ``cell``,
    #: ``from`` (the cell whose text it takes).
    CELL_MERGED = (
        "cell_merged",
        (
            _(
                "cell {cell} is empty: read as merged with {from} above (a merged cell "
                "exported empty below its first row): its text applies to this row too"
            ),
            _(
                "cell {cell} merged over rows {rows} across columns {columns}: its text "
                "applies to every row it spans"
            ),
            _("cell {cell} merged over rows {rows}: its text applies to every row it spans"),
            _(
                "cell {cell} merged across columns {columns}: its text applies to every row it "
                "spans"
            ),
            _("cell {cell} merged: its text applies to every row it spans"),
        ),
    )
    #: An imported heading label read as the task's text: ``label``.
    PRINTED_LABEL = "printed_label", (_("printed label {label}"),)
    #: Units and deadline read from a parenthesis after the text: ``attribution``; or
    #: units printed before the text (X负责，…; 区委宣传部：…): ``attribution`` and
    #: ``first``, both the units' words as printed (``first`` says where they stand).
    INLINE_ATTRIBUTION = (
        "inline_attribution",
        (
            _("units printed before the text: {first}"),
            _("inline attribution: （{attribution}）"),
        ),
    )
    #: A measure of a paragraph that prints several, each closed by its own attribution,
    #: read as a task of its own: ``attribution`` (the bracket that closes it).
    MEASURE_OF_PARAGRAPH = (
        "measure_of_paragraph",
        (
            _(
                "one of a paragraph's measures, each closed by its own attribution: "
                "（{attribution}）"
            ),
        ),
    )
    #: An imported task numbered otherwise than printed: ``printed``, ``number``.
    RENUMBERED = (
        "renumbered",
        (
            _("printed number {printed!r}; numbered {number}"),
            _("no number printed; numbered {number}"),
        ),
    )
    #: An imported deadline that could not be read: ``printed``.
    DEADLINE_UNREADABLE = (
        "deadline_unreadable",
        (_("deadline printed as {printed!r} could not be read"),),
    )
    #: An imported deadline read in another form: ``printed``, ``read``.
    DEADLINE_READ_AS = "deadline_read_as", (_("deadline {printed!r} read as {read!r}"),)
    #: A word of the vocabulary printed in traditional characters, read as its
    #: simplified form: ``printed``, ``read``.
    READ_AS_SIMPLIFIED = (
        "read_as_simplified",
        (_("{printed} (traditional characters) read as {read}"),),
    )
    #: An imported task changed by a reviewer's decision: ``index`` (the decision's,
    #: 1-based), ``action`` (what it did) and ``action_zh``, ``reason`` (the reviewer's).
    DECIDED = "decided", (_("{action} by decision {index}: {reason}"),)
    #: A unit suffix printed once for several names, restored on a name that printed
    #: none (人民大垸、荒湖管理区: 人民大垸管理区): ``suffix``, ``from``, ``to``.
    SUFFIX_SHARED = "suffix_shared", (_("{suffix} shared: {from} → {to}"),)


@attrs.frozen(cache_hash=True)
class Note(Message[NoteKind]):
    """One inference recorded in a task's provenance: a kind plus its values.

    Immutable and hashable; ``str(note)`` is its English rendering.

    >>> note = Note(NoteKind.PREFIX_RESTORED, {"prefix": "省", "from": "财政厅", "to": "省财政厅"})
    >>> note["to"], str(note)
    ('省财政厅', '省 restored: 财政厅 → 省财政厅')
    >>> note.render("zh")
    '清单中“财政厅”省略“省”字，补全为“省财政厅”'

    Args:
        kind: What kind of inference it is.
        values: The values the kind names (a mapping, or ``(key, value)`` pairs; kept
            sorted by key). A value ``<key>_zh`` is the Chinese text of free-text value
            ``<key>`` (the evidence of an editorial decision), used by the Chinese rendering.

    Raises:
        InvalidTypeError: *kind* is not a :class:`NoteKind`, or *values* are not strings.
        ValidationError: A value the kind needs is missing, or a key is not snake_case.
    """

    KINDS = NoteKind
    NOUN = "note"

    # Here too, so that the API reference shows them.
    get = Message.get
    render = Message.render
