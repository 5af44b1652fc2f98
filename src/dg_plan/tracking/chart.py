"""The supervision report's chart: an inline SVG, a bar per deadline stacked by category."""

from __future__ import annotations

import html
from collections.abc import Sequence

from dg_plan._i18n import gettext as _
from dg_plan._i18n import pgettext

from .model import CATEGORIES, SummaryRow, category_labels

__all__ = ["chart"]

_COLORS = {
    "done_on_time": "#2e7d32",
    "done_late": "#9ccc65",
    "late_open": "#c62828",
    "due_open": "#ef6c00",
    "open_not_due": "#1565c0",
    "not_reported": "#9e9e9e",
    # The tasks whose deadline is no date: lighter shades of the same three meanings.
    "done_undated": "#00897b",
    "open_undated": "#7986cb",
    "not_reported_undated": "#cfd8dc",
}


def _e(value: object) -> str:
    return html.escape(str(value))


def _bar_title(deadline: str, status: str, count: int) -> str:
    """What a bar of the chart says on hover: 2024年6月底前：逾期未完成13项."""
    return pgettext("a bar of the report's chart", "{deadline} {status} {count}").format(
        deadline=deadline, status=status, count=count
    )


def chart(rows: Sequence[SummaryRow]) -> str:
    """Return an inline SVG: a bar per deadline, stacked by category; labels are text."""
    labels = category_labels()
    bar, gap, height, top, bottom = 44, 26, 220, 30, 90
    # The labels run down-left from under each bar, at 35°: the first bar stands far
    # enough right for the longest to show whole (12 px a character, cos 35° ≈ 0.82).
    longest = max((len(str(r.label)) for r in rows), default=0)
    left = max(40, round(12 * longest * 0.82 - bar / 2) + 10)
    most = max((r.total for r in rows), default=0) or 1
    aria = _e(_("Status of the tasks by deadline"))
    legend = 12 * max((len(v) for v in labels.values()), default=0) + 40
    width = left + len(rows) * (bar + gap) + legend
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
            f'height="{top + height + bottom}" role="img" '
            f'aria-label="{aria}" font-size="12">'
        ),
        (
            f'<line x1="{left}" y1="{top + height}" x2="{width - legend}" y2="{top + height}" '
            'stroke="#444"/>'
        ),
    ]
    for i, row in enumerate(rows):
        x = left + i * (bar + gap)
        y = top + height
        for category in CATEGORIES:
            count = getattr(row, category)
            if not count:
                continue
            h = count / most * height
            y -= h
            parts.append(
                f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" '
                f'fill="{_COLORS[category]}">'
                f"<title>{_e(_bar_title(row.label, labels[category], count))}</title></rect>"
            )
        parts.append(
            f'<text x="{x + bar / 2}" y="{y - 4:.1f}" text-anchor="middle">{row.total}</text>'
        )
        lx, ly = x + bar / 2, top + height + 14
        parts.append(
            f'<text x="{lx}" y="{ly}" text-anchor="end" transform="rotate(-35 {lx} {ly})">'
            f"{_e(row.label)}</text>"
        )
    legend_x = width - legend + 10
    for j, category in enumerate(CATEGORIES):
        y = top + j * 20
        parts.append(
            f'<rect x="{legend_x}" y="{y}" width="12" height="12" fill="{_COLORS[category]}"/>'
        )
        parts.append(f'<text x="{legend_x + 18}" y="{y + 11}">{_e(labels[category])}</text>')
    parts.append("</svg>")
    return "".join(parts)
