"""Provenance notes as data: a kind of inference plus its values, rendered in a language."""

from __future__ import annotations

import enum
import functools
import re
import string
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._errors import InvalidTypeError, ValidationError
from ._validate import dg_errors, instance_of

__all__ = ["Note", "NoteKind"]


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when a note is rendered."""
    return message


class NoteKind(enum.Enum):
    """What kind of inference a :class:`Note` records.

    The values are the stable names the JSON format uses.
    """

    #: A note with no structure: ``text`` is the whole note (every note of a
    #: version-1 file).
    TEXT = "text"
    #: An elided prefix restored on a unit name: ``prefix``, ``from``, ``to``.
    PREFIX_RESTORED = "prefix_restored"
    #: A unit cell merged over several rows: ``rows``, ``evidence``.
    UNITS_CELL_MERGED = "units_cell_merged"
    #: The same unit text printed on both sides of a page break: ``rows``, ``page``,
    #: ``next_rows``, ``next_page``.
    SAME_TEXT_ACROSS_PAGE_BREAK = "same_text_across_page_break"
    #: A deadline column printed as one block whose cells read alike: ``cells`` (how
    #: many), ``rows``, ``evidence``.
    DEADLINE_BLOCK_ALIKE = "deadline_block_alike"
    #: A deadline column printed as one block, and the cell this row takes:
    #: ``rows``, ``printed`` (the cells), ``cell`` (its 1-based index), ``evidence``.
    DEADLINE_BLOCK = "deadline_block"
    #: Another reading of the units: the rows join the cell printed above:
    #: ``rows``, ``above`` (that cell's text), ``evidence``.
    OTHER_READING_UNITS = "other_reading_units"
    #: Another reading of the deadline under another split of a block: ``deadline``,
    #: ``rows``, ``evidence``.
    OTHER_READING_DEADLINE = "other_reading_deadline"
    #: An imported spreadsheet cell merged over rows or columns: ``cell`` (its range),
    #: and ``rows`` and/or ``columns`` when it spans them.
    CELL_MERGED = "cell_merged"
    #: An imported heading label read as the task's text: ``label``.
    PRINTED_LABEL = "printed_label"
    #: Units and deadline read from a parenthesis after the text: ``attribution``.
    INLINE_ATTRIBUTION = "inline_attribution"
    #: An imported task numbered otherwise than printed: ``printed``, ``number``.
    RENUMBERED = "renumbered"
    #: An imported deadline that could not be read: ``printed``.
    DEADLINE_UNREADABLE = "deadline_unreadable"
    #: An imported deadline read in another form: ``printed``, ``read``.
    DEADLINE_READ_AS = "deadline_read_as"


# Each kind's templates, most specific first: a note renders with the first template
# whose placeholders all have values; the last one names the values a kind requires.
_TEMPLATES: dict[NoteKind, tuple[str, ...]] = {
    NoteKind.TEXT: ("{text}",),
    NoteKind.PREFIX_RESTORED: (_("{prefix} restored: {from} → {to}"),),
    NoteKind.UNITS_CELL_MERGED: (_("unit cell merged over rows {rows}: {evidence}"),),
    NoteKind.SAME_TEXT_ACROSS_PAGE_BREAK: (
        _(
            "the same unit text is printed for rows {rows} (page {page}) and {next_rows} "
            "(page {next_page}): possibly one cell crossing the page break; the units are "
            "the same either way"
        ),
    ),
    NoteKind.DEADLINE_BLOCK_ALIKE: (
        _(
            "{cells} deadline cells for rows {rows} (printed as one block after the last "
            "row): {evidence}"
        ),
    ),
    NoteKind.DEADLINE_BLOCK: (
        _(
            "deadline cells for rows {rows} printed as one block ({printed}); this row "
            "takes cell {cell}: {evidence}"
        ),
    ),
    NoteKind.OTHER_READING_UNITS: (
        _(
            "units: rows {rows} may instead join the cell printed above ({above}): "
            "{evidence}; read by R1, which five forced cells support"
        ),
    ),
    NoteKind.OTHER_READING_DEADLINE: (
        _("deadline: {deadline} under another split of rows {rows} ({evidence})"),
    ),
    NoteKind.CELL_MERGED: (
        _(
            "cell {cell} merged over rows {rows} across columns {columns}: its text "
            "applies to every row it spans"
        ),
        _("cell {cell} merged over rows {rows}: its text applies to every row it spans"),
        _("cell {cell} merged across columns {columns}: its text applies to every row it spans"),
        _("cell {cell} merged: its text applies to every row it spans"),
    ),
    NoteKind.PRINTED_LABEL: (_("printed label {label}"),),
    NoteKind.INLINE_ATTRIBUTION: (_("inline attribution: （{attribution}）"),),
    NoteKind.RENUMBERED: (_("printed number {printed!r}; numbered {number}"),),
    NoteKind.DEADLINE_UNREADABLE: (_("deadline printed as {printed!r} could not be read"),),
    NoteKind.DEADLINE_READ_AS: (_("deadline {printed!r} read as {read!r}"),),
}

_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")


@functools.cache
def _placeholders(template: str) -> frozenset[str]:
    return frozenset(f for _, f, _, _ in string.Formatter().parse(template) if f)


def _to_values(value: object) -> object:
    """Accept a mapping or pairs; keep the pairs sorted by key, so equal notes are equal."""
    if isinstance(value, Mapping):
        value = tuple(value.items())
    if isinstance(value, Iterable) and not isinstance(value, str):
        items = tuple(tuple(v) if isinstance(v, list | tuple) else v for v in value)
        try:
            return tuple(sorted(items))
        except TypeError:
            return items
    return value


def _check_values(instance: Note, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not tuple or not all(
        type(p) is tuple and len(p) == 2 and all(type(s) is str for s in p) for p in value
    ):
        raise InvalidTypeError(
            f"Note.values must be (key, value) pairs of str, got {value!r}", attribute.name, value
        )
    keys = [k for k, _ in value]
    for key in keys:
        if not _KEY.match(key):
            raise ValidationError(
                f"a note's value key must be snake_case, got {key!r}", attribute.name, key
            )
    if len(set(keys)) != len(keys):
        raise ValidationError(f"a note's value keys repeat: {keys!r}", attribute.name, value)
    missing = sorted(_placeholders(_TEMPLATES[instance.kind][-1]) - set(keys))
    if missing:
        raise ValidationError(
            f"a {instance.kind.value} note needs the values {missing!r}", attribute.name, value
        )


def render_values(
    templates: tuple[str, ...],
    pairs: tuple[tuple[str, str], ...],
    language: str,
    *,
    translate: bool = True,
    translated: frozenset[str] = frozenset(),
) -> str:
    """Render *pairs* with the first of *templates* whose placeholders all have values.

    The template is looked up in the catalog of *language* (unless *translate* is
    false); so are the values named in *translated* (words of a closed vocabulary,
    such as a unit kind). A value ``<key>_zh`` is the Chinese text of value ``<key>``.

    Raises:
        InvalidQueryError: *language* is neither ``"en"`` nor ``"zh"``.
    """
    from . import _i18n  # noqa: PLC0415 - gettext only when something is shown

    code = _i18n.normalize(language)
    catalog = _i18n.translation(code)
    values = dict(pairs)
    if code != "en":
        suffix = "_" + code
        values.update({k[: -len(suffix)]: v for k, v in pairs if k.endswith(suffix)})
    for key in translated & values.keys():
        values[key] = catalog.gettext(values[key])
    for template in templates:
        if _placeholders(template) <= values.keys():
            return (catalog.gettext(template) if translate else template).format_map(values)
    raise AssertionError(templates)  # pragma: no cover - the validators require the last one


@attrs.frozen(cache_hash=True, field_transformer=dg_errors)
class Note:
    """One inference recorded in a task's provenance: a kind plus its values.

    Immutable and hashable; ``str(note)`` is its English rendering.

    >>> note = Note(NoteKind.PREFIX_RESTORED, {"prefix": "省", "from": "财政厅", "to": "省财政厅"})
    >>> note["to"], str(note)
    ('省财政厅', '省 restored: 财政厅 → 省财政厅')
    >>> note.render("zh")
    '补全“省”：财政厅 → 省财政厅'

    Args:
        kind: What kind of inference it is.
        values: The values the kind names (a mapping, or ``(key, value)`` pairs; kept
            sorted by key). A value ``<key>_zh`` is the Chinese text of free-text value
            ``<key>`` (the evidence of an editorial decision), used by the Chinese rendering.

    Raises:
        InvalidTypeError: *kind* is not a :class:`NoteKind`, or *values* are not strings.
        ValidationError: A value the kind needs is missing, or a key is not snake_case.
    """

    kind: NoteKind = attrs.field(validator=instance_of(NoteKind))
    values: tuple[tuple[str, str], ...] = attrs.field(converter=_to_values, validator=_check_values)

    def __getitem__(self, key: str) -> str:
        """Return the value named *key*.

        Raises:
            KeyError: The note has no such value.
        """
        for k, v in self.values:
            if k == key:
                return v
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        """Whether the note has a value named *key*."""
        return any(k == key for k, _ in self.values)

    def get(self, key: str, default: str | None = None) -> str | None:
        """Return the value named *key*, or *default*."""
        for k, v in self.values:
            if k == key:
                return v
        return default

    def render(self, language: str = "en") -> str:
        """Return the note as a sentence in *language* (``"en"`` or ``"zh"``).

        Raises:
            InvalidQueryError: *language* is neither.
        """
        return render_values(
            _TEMPLATES[self.kind], self.values, language, translate=self.kind is not NoteKind.TEXT
        )

    def __str__(self) -> str:
        return self.render("en")


def text_note(text: str) -> Note:
    """A note with no structure (a version-1 note)."""
    return Note(NoteKind.TEXT, (("text", text),))
