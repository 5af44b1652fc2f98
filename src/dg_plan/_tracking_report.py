"""The supervision report: a self-contained HTML page, or the same tables as xlsx."""

from __future__ import annotations

import datetime
import html
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from ._compat import require
from ._errors import InvalidQueryError
from ._query import to_date
from ._tracking import Ledger, SummaryRow
from .export import _emit

__all__ = ["CATEGORY_LABELS", "report"]

#: The Chinese label of each summary count, in the summary's order.
CATEGORY_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "done_on_time": "按期完成",
        "done_late": "逾期完成",
        "late_open": "逾期未完成",
        "not_reported": "未报送",
        "open_not_due": "未到期未完成",
    }
)
_COLORS = {
    "done_on_time": "#2e7d32",
    "done_late": "#9ccc65",
    "late_open": "#c62828",
    "not_reported": "#9e9e9e",
    "open_not_due": "#1565c0",
}
_CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
       sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
dl.headline { display: flex; gap: 2em; }
dl.headline dd { font-size: 2em; margin: 0; font-weight: bold; }
.late { color: #c62828; }
p.note { color: #555; font-size: 0.9em; }
"""


def _e(value: object) -> str:
    return html.escape(str(value))


def _counts(row: SummaryRow) -> list[int]:
    return [getattr(row, c) for c in CATEGORY_LABELS] + [row.total]


def _table(table_id: str, first: str, rows: Sequence[SummaryRow]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in (first, *CATEGORY_LABELS.values(), "合计"))
    body = "".join(
        f"<tr><td>{_e(r.label)}</td>"
        + "".join(f'<td class="n">{n}</td>' for n in _counts(r))
        + "</tr>"
        for r in rows
    )
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def chart(rows: Sequence[SummaryRow]) -> str:
    """Return an inline SVG: a bar per deadline, stacked by category; labels are text."""
    bar, gap, height, top, bottom, left = 44, 26, 220, 30, 90, 40
    most = max((r.total for r in rows), default=0) or 1
    width = left + len(rows) * (bar + gap) + 180
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
            f'height="{top + height + bottom}" role="img" '
            'aria-label="各时限任务的完成情况" font-size="12">'
        ),
        (
            f'<line x1="{left}" y1="{top + height}" x2="{width - 180}" y2="{top + height}" '
            'stroke="#444"/>'
        ),
    ]
    for i, row in enumerate(rows):
        x = left + i * (bar + gap)
        y = top + height
        for category, color in _COLORS.items():
            count = getattr(row, category)
            if not count:
                continue
            h = count / most * height
            y -= h
            parts.append(
                f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{color}">'
                f"<title>{_e(row.label)} {CATEGORY_LABELS[category]} {count}</title></rect>"
            )
        parts.append(
            f'<text x="{x + bar / 2}" y="{y - 4:.1f}" text-anchor="middle">{row.total}</text>'
        )
        lx, ly = x + bar / 2, top + height + 14
        parts.append(
            f'<text x="{lx}" y="{ly}" text-anchor="end" transform="rotate(-35 {lx} {ly})">'
            f"{_e(row.label)}</text>"
        )
    legend_x = width - 170
    for j, (category, label) in enumerate(CATEGORY_LABELS.items()):
        y = top + j * 20
        parts.append(
            f'<rect x="{legend_x}" y="{y}" width="12" height="12" fill="{_COLORS[category]}"/>'
        )
        parts.append(f'<text x="{legend_x + 18}" y="{y + 11}">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _late_rows(ledger: Ledger, day: datetime.date) -> list[list[str]]:
    rows = []
    for task in ledger.late(day):
        status = ledger.status_of(task, as_of=day)
        rows.append(
            [
                str(task.number),
                str(task.deadline),
                task.text,
                "、".join(u.name for u in task.accountable),
                "未报送" if status is None else status.label,
            ]
        )
    return rows


_LATE_HEADER = ("序号", "任务时限", "主要任务", "牵头（责任）单位", "状态")


def _html(ledger: Ledger, day: datetime.date) -> str:
    parts = ledger.summary(day, by="part")
    deadlines = ledger.summary(day, by="deadline")
    units = ledger.summary(day, by="unit")
    done = sum(r.done_on_time + r.done_late for r in parts)
    done_late = sum(r.done_late for r in parts)
    late = sum(r.late_open for r in parts)
    silent = sum(r.not_reported for r in parts)
    late_rows = _late_rows(ledger, day)
    unreported_late = sum(1 for r in late_rows if r[4] == "未报送")
    title = f"{ledger.plan.metadata.title} 推进情况（截至{day.year}年{day.month}月{day.day}日）"
    late_body = "".join(
        "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in late_rows
    )
    late_head = "".join(f"<th>{h}</th>" for h in _LATE_HEADER)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{_e(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{_e(title)}</h1>
<p class="note">由 dg_plan 根据所收集的报送情况生成，共 {len(ledger.reports)} 条报送；
dg_plan 本身不含任何真实的落实数据。 Made by dg_plan from the reports collected;
dg_plan itself holds no implementation data.</p>
<dl class="headline">
<div><dt>已完成</dt><dd data-count="done">{done}</dd>
<dt>其中逾期完成</dt><dd data-count="done_late">{done_late}</dd></div>
<div><dt class="late">逾期未完成</dt><dd class="late" data-count="late">{late}</dd>
<dt>其中未报送</dt><dd data-count="late_not_reported">{unreported_late}</dd></div>
<div><dt>未报送（未逾期）</dt><dd data-count="not_reported">{silent}</dd>
<dt>任务总数</dt><dd data-count="tasks">{len(ledger.plan.tasks)}</dd></div>
</dl>
<h2>各时限完成情况</h2>
{chart(deadlines)}
<h2>逾期未完成任务</h2>
<table id="late"><thead><tr>{late_head}</tr></thead><tbody>{late_body}</tbody></table>
<h2>分部分</h2>
{_table("by-part", "部分", parts)}
<h2>分时限</h2>
{_table("by-deadline", "任务时限", deadlines)}
<h2>分单位</h2>
<p class="note">每个单位按其自身报送计数（含经集体单位承担的任务）。</p>
{_table("by-unit", "单位", units)}
</body>
</html>
"""


def _xlsx(ledger: Ledger, day: datetime.date) -> bytes:
    openpyxl = require("openpyxl", "excel", "xlsx reports")
    from openpyxl.styles import Font  # noqa: PLC0415 - optional

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "逾期未完成"
    ws.append(list(_LATE_HEADER))
    for row in _late_rows(ledger, day):
        ws.append([int(row[0]), *row[1:]])
    for title, by, first in (
        ("分部分", "part", "部分"),
        ("分时限", "deadline", "任务时限"),
        ("分单位", "unit", "单位"),
    ):
        sheet = wb.create_sheet(title)
        sheet.append([first, *CATEGORY_LABELS.values(), "合计"])
        for r in ledger.summary(day, by=by):  # type: ignore[arg-type]
            sheet.append([r.label, *_counts(r)])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    info = wb.create_sheet("说明", 0)
    info.append(["计划", ledger.plan.metadata.title])
    info.append(["截至日期", day])
    info["B2"].number_format = "yyyy-mm-dd"
    info.append(["报送条数", len(ledger.reports)])
    info.append(["说明", "dg_plan 本身不含任何真实的落实数据；本表由所收集的报送情况生成。"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def report(
    ledger: Ledger, as_of: datetime.date | str, path: str | os.PathLike[str], fmt: str | None = None
) -> None:
    """Write the supervision report for *as_of*: a self-contained HTML page, or xlsx.

    The page needs nothing from the network (its style and its chart, an SVG whose
    labels are text, are inline). It has a headline (done, late, not reported), a
    chart of status by deadline, the late tasks with their accountable units, and a
    table per part, per deadline and per unit (:meth:`Ledger.summary`). The xlsx
    holds the same tables, a sheet each.

    Args:
        ledger: The ledger.
        as_of: The day to judge from (a date or ``"YYYY-MM-DD"``).
        path: The file to write.
        fmt: ``"html"`` or ``"xlsx"``; by *path*'s suffix when ``None``
            (``.xlsx``: xlsx; anything else: HTML).

    Raises:
        InvalidQueryError: *as_of* is not a date, or *fmt* is neither.
        ImportError: xlsx without openpyxl (``pip install 'dg_plan[excel]'``).
        OSError: The file cannot be written.
    """
    day = to_date(as_of, "as_of")
    if fmt is None:
        fmt = "xlsx" if Path(path).suffix.lower() == ".xlsx" else "html"
    if fmt == "html":
        _emit(path, _html(ledger, day), "HTML")
    elif fmt == "xlsx":
        _emit(path, _xlsx(ledger, day), "xlsx")
    else:
        raise InvalidQueryError("expected 'html' or 'xlsx'", "fmt", fmt)
