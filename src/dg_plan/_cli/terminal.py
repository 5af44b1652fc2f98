"""The terminal's layout: display widths, padding, clipping, wrapping, tables.

Column widths are measured with wcwidth. Characters of ambiguous East Asian width
(“ ” … ·) take one column, or two with ``--wide-ambiguous`` or in a Chinese,
Japanese or Korean locale.
"""

from __future__ import annotations

import contextvars
import datetime
import os
import re
import shutil
from collections.abc import Iterable, Sequence

import wcwidth

from dg_plan import _display, _i18n
from dg_plan._deadline import Deadline, another_form
from dg_plan._i18n import gettext as _
from dg_plan._model import Task
from dg_plan._notes import Note
from dg_plan._results import TimelineEntry

__all__ = [
    "AMBIGUOUS_WIDTH",
    "HIGHLIGHT",
    "NAMES_MIN",
    "cjk_locale",
    "clip",
    "columns",
    "deadline_groups",
    "fit",
    "highlighted",
    "names_lines",
    "pad",
    "printed",
    "split_table",
    "table",
    "task_deadline",
    "width",
    "wrap",
]

# The columns an ambiguous-width character (“ ” … ·) takes: 1, or 2 by the East Asian
# convention. Set for one run of main(); a context variable, so threads do not share it.
AMBIGUOUS_WIDTH: contextvars.ContextVar[int] = contextvars.ContextVar("ambiguous_width", default=1)
# Whether search hits are shown in reverse video: set for one run of main(), when
# standard output is a terminal.
HIGHLIGHT: contextvars.ContextVar[bool] = contextvars.ContextVar("highlight", default=False)
_CJK_LOCALE = re.compile(r"(zh|ja|ko)([_.@-]|$)", re.IGNORECASE)


def cjk_locale() -> bool:
    """Whether the locale (LC_ALL, LC_CTYPE or LANG: the first set) is CJK."""
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(name)
        if value:
            return bool(_CJK_LOCALE.match(value))
    return False


def width(text: str) -> int:
    """Return the display width of *text* in terminal columns, as wcwidth measures it."""
    return int(wcwidth.width(text, ambiguous_width=AMBIGUOUS_WIDTH.get()))


def pad(text: str, columns: int) -> str:
    """Pad *text* with spaces to *columns* display columns."""
    return text + " " * max(0, columns - width(text))


def clip(text: str, columns: int) -> str:
    """Cut *text* to at most *columns* display columns, ending with ``…`` when cut."""
    if width(text) <= columns:
        return text
    out, used, room = [], 0, columns - width("…")
    for c in text:
        w = width(c)
        if used + w > room:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


# Chinese text breaks after its punctuation (or a space), before an opening quote or
# bracket, and never puts a closing mark at the start of a line (禁则).
_BREAK_AFTER = frozenset("，。；：、！？）》」』”’〕】 ")
_BREAK_BEFORE = frozenset("（《「『“‘〔【")
_NO_LINE_START = frozenset("，。；：、！？）》」』”’〕】…—")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_LATIN = re.compile(r"[0-9A-Za-z]")


def _fits(text: str, room: int) -> int:
    """How many of *text*'s first characters fit in *room* display columns (at least 1)."""
    used = 0
    for i, c in enumerate(text):
        used += width(c)
        if used > room:
            return max(i, 1)
    return len(text)


def _break_at(text: str, full: int) -> int:
    """Where to end a line of *text* whose first *full* characters fill it.

    At the last place a line may end in its second half: after punctuation or a
    space, or before an opening mark, the next line not starting with a closing
    mark. Without one, where the line is full, a closing mark kept off the next line's
    start and a Latin word or number kept whole, when either can be.
    """
    for i in range(full, full // 2, -1):
        if text[i] in _NO_LINE_START:
            continue
        if text[i - 1] in _BREAK_AFTER or text[i] in _BREAK_BEFORE or text[i] == " ":
            return i
    cut = full
    while cut > 1 and text[cut] in _NO_LINE_START:
        cut -= 1
    start = cut
    while start > 0 and _LATIN.match(text[start - 1]) and _LATIN.match(text[start]):
        start -= 1
    return start if start > full // 2 else cut


def _wrap_chinese(text: str, columns: int, indent: str) -> list[str]:
    """Break Chinese *text* at punctuation, never inside a word where it can be helped."""
    room = max(1, columns - width(indent))
    lines = []
    rest = text.strip(" ")
    while width(rest) > room:
        cut = _break_at(rest, _fits(rest, room))
        lines.append(indent + rest[:cut].rstrip(" "))
        rest = rest[cut:].lstrip(" ")
    if rest:
        lines.append(indent + rest)
    return lines


def wrap(text: str, columns: int, indent: str = "") -> list[str]:
    """Break *text* into lines of at most *columns* display columns.

    Lines break at spaces, like :func:`textwrap.wrap` (wcwidth's, which measures
    display columns). Chinese text breaks after its punctuation, or before an opening
    quote or bracket, where the line is at least half full (健全“好差评”工作机制 is not
    cut inside 工作机制), else where the line is full; a run without either is broken
    where the line is full.
    """
    if _CJK.search(text) and "\n" not in text:
        return _wrap_chinese(text, columns, indent) or [indent]
    lines: list[str] = wcwidth.wrap(
        text,
        columns,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        ambiguous_width=AMBIGUOUS_WIDTH.get(),
    )
    return lines or [indent]


def table(rows: Sequence[Sequence[str]]) -> str:
    """Render *rows* as columns aligned by display width."""
    if not rows:
        return ""
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


#: A column of a table with its label: (its index in the rows, the label it is headed by).
Column = tuple[int, str]


def split_table(
    rows: Sequence[Sequence[str]],
    keys: Sequence[Column],
    groups: Sequence[tuple[str, Sequence[Column]]],
) -> str:
    """Render *rows* (a header row first) as one table when it fits the terminal, else in groups.

    A table wider than the terminal is wrapped by it, line by line, and read by nobody:
    it is printed instead as a table for each group of columns, one after another, each
    under its caption, with the *keys* columns (the rank and unit of a scorecard)
    repeated. Each column is headed by its label there, short where the caption says
    the rest (未报送 under 尚未到期 for 未报送（未到期）). Every cell is kept: each column
    not a key is in exactly one group.

    Raises:
        ValueError: a column is in no group, or in two, or is a key too.
    """
    whole = table(rows)
    if not rows or max(width(line) for line in whole.splitlines()) <= columns():
        return whole
    placed = sorted([i for i, _label in keys] + [i for _c, cs in groups for i, _label in cs])
    if placed != list(range(len(rows[0]))):
        raise ValueError(f"every column in one group or key, once: {placed}")
    parts = []
    for caption, group in groups:
        shown = [*keys, *group]
        part = [[label for _i, label in shown]]
        part += [[r[i] for i, _label in shown] for r in rows[1:]]
        parts.append(caption + "\n" + table(part))
    return "\n\n".join(parts)


def columns() -> int:
    """The terminal's width in columns (at least 60; 100 when it cannot be told)."""
    return max(60, shutil.get_terminal_size((100, 24)).columns)


#: The narrowest a wrapped column of names is made (13 Chinese characters).
NAMES_MIN = 26


def names_lines(text: str, room: int, separator: str = "、") -> list[str]:
    """Break a list of names joined by *separator* into lines of at most *room* columns.

    Lines break after a separator, so a name stays whole; a name longer than a line
    is broken where the line is full.
    """
    pieces = [p + separator for p in text.split(separator)]
    pieces[-1] = pieces[-1][: -len(separator)]
    lines = [""]
    for piece in pieces:
        if lines[-1] and width(lines[-1] + piece) > room:
            lines.append("")
        if width(lines[-1] + piece) <= room:
            lines[-1] += piece
            continue
        # One name wider than a line: broken where the line is full.
        for c in piece:
            if width(lines[-1] + c) > room:
                lines.append("")
            lines[-1] += c
    return lines


def fit(rows: list[list[str]], last_min: int = 20, names: int | None = None) -> str:
    """Render *rows* as a table whose last column is clipped to the terminal's width.

    Column *names* (an index), a list of names joined by 、, is not cut but wrapped
    onto more lines: it takes up to a third of the room the last column shares with
    it (at least :data:`NAMES_MIN` columns), its names whole on each line.
    """
    if not rows:
        return ""
    count = len(rows[0])
    natural = [max(width(r[i]) for r in rows) for i in range(count)]
    fixed = [i for i in range(count - 1) if i != names]
    shared = columns() - sum(natural[i] + 2 for i in fixed)
    if names is None:
        room = max(last_min, shared)
        return table([[*r[:-1], clip(r[-1], room)] for r in rows])
    names_room = min(natural[names], max(NAMES_MIN, shared // 3))
    room = max(last_min, shared - names_room - 2)
    lines: list[list[str]] = []
    for r in rows:
        parts = names_lines(r[names], names_room)
        lines.append([*r[:names], parts[0], *r[names + 1 : -1], clip(r[-1], room)])
        lines += [["" if i != names else part for i in range(count)] for part in parts[1:]]
    return table(lines)


_MARK_ON, _MARK_OFF = "\x1b[1;7m", "\x1b[0m"


def highlighted(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """*text* with *spans* in reverse video, for a terminal."""
    out, last = [], 0
    for start, end in _display.merged(spans):
        out += [text[last:start], _MARK_ON, text[start:end], _MARK_OFF]
        last = end
    return "".join([*out, text[last:]])


def printed(deadline: Deadline) -> str:
    """The deadline as printed; an UNSPECIFIED one (printed as "") says so."""
    return str(deadline) or _("(unspecified)")


def task_deadline(task: Task, *, as_printed: bool = False) -> str:
    """A task's deadline as every screen shows it.

    An imported deadline that could not be read (长期) is no deadline the print left out
    (未注明): it is shown as what was printed, 未识别（清单所列为“长期”）, in show, overview,
    timeline and the task lists alike. *as_printed* (show): one read in another form
    (2025年第三季度 as 2025年9月底前) is shown as printed; the notes say how it was read.
    """
    notes = task.provenance.notes if task.provenance else ()
    for note in notes:
        # One read in another form (2025年第三季度) is shown as printed on every screen.
        if note.kind.value == "deadline_read_as" and (
            as_printed or another_form(note["printed"], note["read"])
        ):
            return "".join(note["printed"].split())
    if not str(task.deadline):
        for note in notes:
            if note.kind.value == "deadline_unreadable":
                if in_text(task, note["printed"]):
                    # 2025年6月底前完成… in the text, or a bracket not read: readable, but
                    # not where the deadline stands: to be settled, not 未识别.
                    said = _("to be settled (the text holds “{printed}”)")
                else:
                    said = _("unread (printed “{printed}”)")
                return said.format(printed=note["printed"])
    return printed(task.deadline)


def note_said(task: Task, note: Note) -> str:
    """A provenance note of *task* as show says it: a deadline in its text said as such."""
    if note.kind.value == "deadline_unreadable" and in_text(task, note["printed"]):
        return _(
            "The text holds “{printed}”, not where a deadline stands: not read as the "
            "deadline, to be settled."
        ).format(printed=note["printed"])
    day = task.deadline.date
    if (
        note.kind.value == "deadline_read_as"
        and day
        and another_form(note["printed"], note["read"])
    ):
        # 2025年第三季度 is said as printed, its day in brackets, as the import said it.
        said = _("deadline kept as printed, {printed!r} ({day})")
        return said.format(printed="".join(note["printed"].split()), day=_display.day_text(day))
    return str(note.render(_i18n.current()))


def in_text(task: Task, phrase: str) -> bool:
    """Whether *phrase*, a deadline printed for *task*, stands in its text (not read as one)."""
    return bool(phrase) and "".join(phrase.split()) in "".join(task.text.split())


def deadline_groups(
    entries: Iterable[TimelineEntry],
) -> list[tuple[str, datetime.date | None, list[Task]]]:
    """The timeline's entries as the screens list them: each deadline's label, its day, tasks.

    The tasks printing no deadline are split by what each shows (task_deadline): those
    whose printed deadline could not be read (未识别（清单所列为“长期”）, one group for each
    form printed) stand apart from those the print gives none (未注明), before them.
    """
    groups: list[tuple[str, datetime.date | None, list[Task]]] = []
    for entry in entries:
        if entry.deadline.is_dated or str(entry.deadline):
            # A deadline printed in another form (2025年第三季度) is a group of its own,
            # labelled as printed, after the group of the form it was read as.
            labels: dict[str, list[Task]] = {printed(entry.deadline): []}
            for t in entry.tasks:
                labels.setdefault(task_deadline(t), []).append(t)
            day = entry.deadline.date
            groups += [(label, day, ts) for label, ts in labels.items() if ts]
            continue
        split: dict[str, list[Task]] = {}
        for t in entry.tasks:
            split.setdefault(task_deadline(t), []).append(t)
        none = printed(entry.deadline)
        groups += [(label, None, ts) for label, ts in split.items() if label != none]
        if none in split:
            groups.append((none, None, split[none]))
    return groups


def note_lines(said: str, room: int) -> list[str]:
    """A note as show prints it: its first sentence, then the rest indented under it.

    A note says what it means for the reader first and its evidence after (the
    nineteenth reader: 第118—121项…各项责任单位相同。 then 判断依据：…); the evidence
    starts a line of its own, so that the first sentence reads alone.
    """
    end = _first_stop(said)
    head, stop, rest = said[:end], said[end : end + 1], said[end + 1 :]
    if not rest.strip():
        return wrap(said, room, indent="  ")
    return [*wrap(head + stop, room, indent="  "), *wrap(rest.strip(), room, indent="    ")]


def _first_stop(said: str) -> int:
    """Where *said*'s first sentence ends (its 。 or the . before a space), or its length.

    A stop inside quotes or brackets ends no sentence (前一部分末尾的“，”改为“。”).
    """
    depth = 0
    for i, char in enumerate(said):
        if char in "“「『（(《〔":
            depth += 1
        elif char in "”」』）)》〕":
            depth = max(depth - 1, 0)
        elif depth == 0 and (char == "。" or (char == "." and said[i + 1 : i + 2] == " ")):
            return i
    return len(said)
