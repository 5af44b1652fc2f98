"""The terminal's layout: display widths, padding, clipping, wrapping, tables.

Column widths are measured with wcwidth. Characters of ambiguous East Asian width
(“ ” … ·) take one column, or two with ``--wide-ambiguous`` or in a Chinese,
Japanese or Korean locale.
"""

from __future__ import annotations

import contextvars
import os
import re
import shutil
from collections.abc import Iterable, Sequence

import wcwidth

from dg_plan import _display
from dg_plan._deadline import Deadline
from dg_plan._i18n import gettext as _

__all__ = [
    "AMBIGUOUS_WIDTH",
    "HIGHLIGHT",
    "cjk_locale",
    "clip",
    "columns",
    "fit",
    "highlighted",
    "pad",
    "printed",
    "table",
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


def wrap(text: str, columns: int, indent: str = "") -> list[str]:
    """Break *text* into lines of at most *columns* display columns.

    Lines break at spaces, like :func:`textwrap.wrap` (wcwidth's, which measures
    display columns); a run without spaces (Chinese text, a long word) is broken where
    the line is full.
    """
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


def columns() -> int:
    """The terminal's width in columns (at least 60; 100 when it cannot be told)."""
    return max(60, shutil.get_terminal_size((100, 24)).columns)


def fit(rows: list[list[str]], last_min: int = 20) -> str:
    """Render *rows* as a table whose last column is clipped to the terminal's width."""
    if not rows:
        return ""
    used = sum(max(width(r[i]) for r in rows) + 2 for i in range(len(rows[0]) - 1))
    room = max(last_min, columns() - used)
    return table([[*r[:-1], clip(r[-1], room)] for r in rows])


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
