"""The plan as an SQLite database for Datasette, with the standard library's sqlite3.

:func:`dg_plan.export.to_sqlite` calls :func:`write`; :func:`datasette_metadata` is
:func:`dg_plan.export.datasette_metadata`. The tables are :mod:`dg_plan._tables`'s.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from . import _tables
from ._tables import Table, Value

if TYPE_CHECKING:
    from ._plan import Plan
    from .tracking import Ledger

__all__ = ["FTS_TABLE", "VIEWS", "View", "datasette_metadata", "write"]

#: The full-text index over the tasks' texts (FTS5, trigram tokenizer).
FTS_TABLE = "tasks_fts"

_SQL_TYPES = {"integer": "INTEGER", "string": "TEXT", "date": "TEXT", "boolean": "INTEGER"}


@attrs.frozen
class View:
    """A view: its name, Chinese and English titles, description and query."""

    name: str
    zh: str
    en: str
    description: str
    sql: str


#: The views that answer the common questions.
VIEWS = (
    View(
        name="responsibilities",
        zh="谁负责什么",
        en="Who owns what",
        description=(
            "One row per unit and task it answers for (through a collective too), with the "
            "role, the deadline and the text."
        ),
        sql=(
            "SELECT tu.unit, u.kind AS unit_kind, tu.role, tu.via, tu.accountable, "
            "t.number AS task, t.deadline, t.due, t.text "
            "FROM task_units AS tu JOIN units AS u ON u.name = tu.unit "
            "JOIN tasks AS t ON t.number = tu.task ORDER BY tu.unit, t.number"
        ),
    ),
    View(
        name="workload",
        zh="各单位任务数",
        en="Workload",
        description=(
            "For each unit, how many tasks it leads, is responsible for, supports and is "
            "accountable for (through a collective too)."
        ),
        sql=(
            "SELECT tu.unit, u.kind AS unit_kind, "
            "SUM(tu.role = 'lead') AS lead, SUM(tu.role = 'responsible') AS responsible, "
            "SUM(tu.role = 'support') AS support, SUM(tu.accountable) AS accountable, "
            "COUNT(*) AS tasks FROM task_units AS tu JOIN units AS u ON u.name = tu.unit "
            "GROUP BY tu.unit ORDER BY accountable DESC, tasks DESC, tu.unit"
        ),
    ),
    View(
        name="timeline",
        zh="什么时候到期",
        en="What is due when",
        description=(
            "One row per deadline, in order (dated ones by day, then 持续推进, 适时推进 and "
            "none): how many tasks fall due and which."
        ),
        sql=(
            "SELECT t.deadline, t.deadline_kind, t.due, COUNT(*) AS tasks, "
            "group_concat(t.number, ',') AS numbers "
            "FROM (SELECT * FROM tasks ORDER BY number) AS t "
            "GROUP BY t.deadline_kind, t.due, t.deadline "
            "ORDER BY CASE t.deadline_kind WHEN 'date' THEN 0 WHEN 'ongoing' THEN 1 "
            "WHEN 'when_appropriate' THEN 2 ELSE 3 END, t.due"
        ),
    ),
    View(
        name="accountable",
        zh="主责单位",
        en="Accountable units",
        description=(
            "Each task's accountable units (the leads, else the responsible units), one row "
            "per task and unit, with the deadline."
        ),
        sql=(
            "SELECT t.number AS task, t.deadline, t.due, tu.unit, tu.role, tu.via "
            "FROM tasks AS t JOIN task_units AS tu ON tu.task = t.number "
            "WHERE tu.accountable ORDER BY t.number, tu.position IS NULL, tu.position, tu.unit"
        ),
    ),
)

_REPORT_VIEWS = (
    View(
        name="latest_reports",
        zh="最近一次报送",
        en="Latest reports",
        description=(
            "Each unit's latest report on each task (of its latest day, the last in the ledger)."
        ),
        sql=(
            "SELECT r.* FROM reports AS r WHERE r.id = (SELECT r2.id FROM reports AS r2 "
            "WHERE r2.task = r.task AND r2.unit = r.unit ORDER BY r2.as_of DESC, r2.id DESC "
            "LIMIT 1) ORDER BY r.task, r.unit"
        ),
    ),
)

# Words of two characters are too short for the trigram index; the canned queries
# answer them with LIKE (a scan), and the docs say so.
_QUERIES: dict[str, dict[str, str]] = {
    "search_text": {
        "title": "搜索任务文本（任意长度） · Search the task texts (any length)",
        "description": (
            "按包含的文字查找任务，两个字的词（“数据”）也可（逐条扫描，不用全文索引）。"
            "\n\nTasks whose text contains the words given, also two-character words "
            "such as 数据 that the trigram index cannot answer (a scan, with instr)."
        ),
        "sql": (
            "SELECT number, deadline, text FROM tasks WHERE instr(text, :words) > 0 ORDER BY number"
        ),
    },
    "match_text": {
        "title": "全文检索（三个字及以上） · Full-text search (three characters or more)",
        "description": (
            "用全文索引查找任务（trigram：每个词至少三个字）。"
            "\n\nTasks found through the full-text index (trigram: words of at least "
            "three characters), best match first."
        ),
        "sql": (
            "SELECT t.number, t.deadline, t.text FROM tasks_fts "
            "JOIN tasks AS t ON t.number = tasks_fts.rowid "
            "WHERE tasks_fts MATCH :query ORDER BY rank"
        ),
    },
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _names(names: tuple[str, ...]) -> str:
    return ", ".join(_quote(n) for n in names)


def _create(table: Table) -> str:
    lines = []
    single_integer_key = (
        len(table.primary_key) == 1
        and next(c for c in table.columns if c.name == table.primary_key[0]).type == "integer"
    )
    for column in table.columns:
        line = f"{_quote(column.name)} {_SQL_TYPES[column.type]}"
        if single_integer_key and column.name == table.primary_key[0]:
            line += " PRIMARY KEY"  # the rowid: what the full-text index refers to
        if column.required:
            line += " NOT NULL"
        if column.type == "boolean":
            line += f" CHECK ({_quote(column.name)} IN (0, 1))"
        lines.append(line)
    if not single_integer_key:
        lines.append(f"PRIMARY KEY ({_names(table.primary_key)})")
    lines.extend(
        f"FOREIGN KEY ({_names(fk.columns)}) REFERENCES {_quote(fk.table)} "
        f"({_names(fk.references)})"
        for fk in table.foreign_keys
    )
    body = ",\n    ".join(lines)
    return f"CREATE TABLE {_quote(table.name)} (\n    {body}\n)"


def _cell(value: Value) -> object:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _fill(connection: sqlite3.Connection, plan: Plan, ledger: Ledger | None) -> None:
    for table in _tables.tables_for(ledger):
        connection.execute(_create(table))
        marks = ", ".join("?" for _ in table.columns)
        connection.executemany(
            f"INSERT INTO {_quote(table.name)} VALUES ({marks})",  # noqa: S608 - our own names
            ([_cell(v) for v in row] for row in _tables.rows(plan, table, ledger)),
        )
    for index in (("task_units", "unit"), ("task_units", "via"), ("mentions", "platform")):
        name = f"{index[0]}_{index[1]}"
        connection.execute(
            f"CREATE INDEX {_quote(name)} ON {_quote(index[0])} ({_quote(index[1])})"
        )
    # An external-content index of tasks.text: Datasette finds it by its content="tasks".
    connection.execute(
        "CREATE VIRTUAL TABLE tasks_fts USING fts5("
        'text, content="tasks", content_rowid="number", tokenize="trigram")'
    )
    connection.execute("INSERT INTO tasks_fts(tasks_fts) VALUES ('rebuild')")
    for view in _views(ledger):
        connection.execute(f"CREATE VIEW {_quote(view.name)} AS {view.sql}")


def _views(ledger: Ledger | None) -> tuple[View, ...]:
    return VIEWS + (_REPORT_VIEWS if ledger is not None else ())


def write(plan: Plan, path: str | os.PathLike[str], ledger: Ledger | None = None) -> None:
    """Write the database to *path*, replacing the file only once it is complete."""
    target = Path(path)
    # Beside the target (so that the rename is atomic), named for this process and
    # thread, made as any new file is (the umask's permissions).
    scratch = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    scratch.unlink(missing_ok=True)
    scratch.touch(exist_ok=False)  # an OSError that says why, where sqlite3 would not
    try:
        connection = sqlite3.connect(scratch)
        try:
            # The scratch file is thrown away unless complete: no journal is needed
            # (fsync once, at the end, before the rename).
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("PRAGMA foreign_keys = ON")
            with connection:
                _fill(connection, plan, ledger)
        finally:
            connection.close()
        with scratch.open("rb+") as written:
            os.fsync(written.fileno())
        scratch.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            scratch.unlink()
        raise


def _column_label(column: _tables.Column) -> str:
    return f"{column.zh} · {column.en}: {column.description}"


def datasette_metadata(
    plan: Plan, database: str = "plan", ledger: Ledger | None = None
) -> dict[str, Any]:
    """Datasette's metadata for the database: titles, descriptions, labels, facets."""
    m = plan.metadata
    source = " ".join(p for p in (m.issuer, m.document, m.attachment) if p)
    tables: dict[str, Any] = {}
    for table in _tables.tables_for(ledger):
        entry: dict[str, Any] = {
            "title": table.title,
            "description": table.description,
            "columns": {c.name: _column_label(c) for c in table.columns},
        }
        if table.facets:
            entry["facets"] = list(table.facets)
        if table.label_column:
            entry["label_column"] = table.label_column
        if len(table.primary_key) == 1:
            entry["sort"] = table.primary_key[0]
        tables[table.name] = entry
    tables["tasks"].update({"fts_table": FTS_TABLE, "fts_pk": "number"})
    tables[FTS_TABLE] = {"hidden": True}
    for view in _views(ledger):
        tables[view.name] = {"title": f"{view.zh} · {view.en}", "description": view.description}
    tables["responsibilities"]["facets"] = ["role", "unit_kind", "via"]
    tables["timeline"]["facets"] = ["deadline_kind"]
    return {
        "title": f"{m.title} · dg_plan",
        "description": (
            f"{m.title}（{source}）：任务、单位、分工、时限与平台。"
            "\n\nThe plan's tasks, units, roles, deadlines and platforms, exported by dg_plan."
        ),
        "source": source or m.title,
        "databases": {
            database: {
                "title": m.title,
                "description": (
                    "全文检索用 trigram 分词，检索词至少三个字；两个字的词用“搜索任务文本”。"
                    "\n\nThe full-text index uses the trigram tokenizer: search words of three "
                    "characters or more; for two-character words use search_text."
                ),
                "tables": tables,
                "queries": {name: dict(query) for name, query in _QUERIES.items()},
            }
        },
    }
