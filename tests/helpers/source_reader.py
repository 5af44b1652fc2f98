"""A second reader of the source, for the tests: regular expressions, not the build.

This reader is written apart from ``tools/build_data.py`` (it neither imports nor
copies it): a few regular expressions over the extracted text find each task's row,
its task text, its deadline cell and its unit cell. From those it derives, for every
task, the text, the units (split, with the elided 省 restored), the leads and the
deadline's date (counted by hand, not by ``Deadline.parse``), and tests compare them with
``dg_plan.load_plan()`` (tests/core/test_differential.py) and derive expected answers
from them (tests/core/test_queries.py).

Where the extraction alone cannot say which row a cell belongs to, the reader defers
to the editorial decisions in ``tools/decisions.py`` and names them:

* ``UNIT_CELLS``: rows printed without unit text share the cell printed after them
  (layout rule R1). The reader finds those rows itself and checks that the decision
  lists exactly the groups it found.
* ``DEADLINE_BLOCKS``: on pages 68 and 69 the deadline column is printed as one block;
  the decision says which rows each printed cell spans.
"""

from __future__ import annotations

import datetime
import re
import runpy
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from dg_plan import DeadlineKind

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "sources" / "000_7b812aca85ed3779.txt"


DECISIONS = SimpleNamespace(**runpy.run_path(str(ROOT / "tools" / "decisions.py")))

# -- reading the rows ------------------------------------------------------------------

# The page furniture: the footer "—", page number, "—"; the table's header row; the
# document's title lines before the first part; the part and subsection headings.
FOOTER = re.compile(r"^—\n\d+\n+—$", re.MULTILINE)
HEADER = "序号 主 要 任 务 任务时限 责 任 单 位"
HEADING = re.compile(r"^(?:[一二三四]、.*\(共\d+项\)|\([一二三四五六七八九十]+\).*)$")
# A deadline cell as printed: standing on its own line, or after the text and a space.
DEADLINE = re.compile(r"(?:(?<=\s)|^)(\d{4}年\d{1,2}月底前|持续推进|适时推进)(?=\s|$)")
MONTH_END = re.compile(r"(\d{4})年(\d{1,2})月底前")


@dataclass
class Row:
    number: int
    text: list[str] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)


def read_rows(source: str) -> list[Row]:
    """Split the extraction into the table's rows, each cut into its three cells."""
    body = source[source.index("一、") :]
    body = FOOTER.sub("", body)
    rows: list[Row] = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line or line == HEADER or HEADING.match(line):
            continue
        expected = str(len(rows) + 1)
        if line == expected or line.startswith(expected + " "):
            rows.append(Row(len(rows) + 1))
            line = line[len(expected) :].strip()
            if not line:
                continue
        row = rows[-1]
        # Text until the deadline cell, unit text after it.
        pieces = DEADLINE.split(line)
        for i, piece in enumerate(pieces):
            if i % 2:
                row.deadlines.append(piece)
            elif piece.strip():
                (row.units if row.deadlines else row.text).append(piece)
    return rows


def normalize(raw: str) -> str:
    """The cell's text without the extraction's white space, in the print's punctuation."""
    text = "".join(raw.split())
    return text.replace(",", "，").replace("(", "（").replace(")", "）")


# -- units -------------------------------------------------------------------------------

# Bodies the print names without 省 that are not provincial departments, so no 省 is
# restored before them (stated by hand: collectives, the two zones, the central agencies).
NOT_PROVINCIAL = frozenset(
    {
        "各省辖市政府",
        "济源示范区管委会",
        "航空港区管委会",
        "河南银保监局",
        "人行郑州中心支行",
        "中央驻豫相关单位",
    }
)
ROLE_WORDS = re.compile(r"(?:按职责分工)?负责$")


def split_units(cell: str) -> tuple[list[str], list[str]]:
    """Return (leads, others) of a normalised unit cell, names with 省 restored."""
    before, _, after = cell.rpartition("牵头")
    if not _:
        before, after = "", cell
    names = []
    for part in (before, ROLE_WORDS.sub("", after.lstrip("，"))):
        found = [n for n in re.split(r"、|，|以及", part) if n]
        names.append([n if n.startswith("省") or n in NOT_PROVINCIAL else "省" + n for n in found])
    return names[0], names[1]


# -- deadlines --------------------------------------------------------------------------


def deadline_of(printed: str) -> tuple[DeadlineKind, datetime.date | None]:
    """The kind and date of a printed deadline cell, counted by hand."""
    if printed == "持续推进":
        return DeadlineKind.ONGOING, None
    if printed == "适时推进":
        return DeadlineKind.WHEN_APPROPRIATE, None
    m = MONTH_END.fullmatch(printed)
    assert m is not None, printed
    year, month = int(m[1]), int(m[2])
    # The day before the first of the next month.
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return DeadlineKind.DATE, following - datetime.timedelta(days=1)


# -- the derived table ------------------------------------------------------------------


@dataclass(frozen=True)
class Derived:
    text: str
    cell: str
    leads: tuple[str, ...]
    units: tuple[str, ...]
    deadline: tuple[DeadlineKind, datetime.date | None]
    unit_rows: tuple[int, ...]
    deadline_decision: str


def _unit_groups(rows: list[Row]) -> list[tuple[int, ...]]:
    """Rows without unit text, with the row whose printed cell follows them (R1)."""
    groups: list[tuple[int, ...]] = []
    pending: list[int] = []
    for row in rows:
        pending.append(row.number)
        if row.units:
            groups.append(tuple(pending))
            pending = []
    assert not pending, f"rows {pending} have no unit cell after them"
    return groups


def _deadlines(rows: list[Row]) -> dict[int, tuple[str, str]]:
    """Each row's printed deadline cell, and the decision used where it has none."""
    found = {r.number: (r.deadlines[0], "") for r in rows if len(r.deadlines) == 1}
    for block in DECISIONS.DEADLINE_BLOCKS:
        # The block is printed after the last row's text.
        cells = rows[block.rows[-1] - 1].deadlines
        assert all(not rows[n - 1].deadlines for n in block.rows[:-1])
        name = f"DEADLINE_BLOCKS{block.rows}"
        if block.split is None:
            assert len(set(cells)) == 1, f"{name}: the cells differ, a split is needed"
            found.update(dict.fromkeys(block.rows, (cells[0], name)))
        else:
            assert len(block.split) == len(cells)
            for cell, spanned in zip(cells, block.split, strict=True):
                found.update(dict.fromkeys(spanned, (cell, name)))
    return found


def derive(source: str) -> dict[int, Derived]:
    rows = read_rows(source)
    deadlines = _deadlines(rows)
    table = {}
    for group in _unit_groups(rows):
        cell = normalize("".join(rows[group[-1] - 1].units))
        leads, others = split_units(cell)
        for number in group:
            printed, decision = deadlines[number]
            table[number] = Derived(
                text=normalize("".join(rows[number - 1].text)),
                cell=cell,
                leads=tuple(leads),
                units=tuple(leads + others),
                deadline=deadline_of(printed),
                unit_rows=group,
                deadline_decision=decision,
            )
    return table


DERIVED = derive(SOURCE.read_text(encoding="utf-8"))
