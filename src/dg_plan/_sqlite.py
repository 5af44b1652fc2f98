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


#: A view's column: its name, Chinese and English titles and what it holds.
ViewColumn = tuple[str, str, str, str]


@attrs.frozen
class View:
    """A view: its name, titles and descriptions in both languages, columns and query."""

    name: str
    zh: str
    en: str
    description_zh: str
    description_en: str
    sql: str
    columns: tuple[ViewColumn, ...] = ()

    @property
    def description(self) -> str:
        """Both descriptions, the Chinese first."""
        return f"{self.description_zh}\n\n{self.description_en}"


_UNIT: ViewColumn = ("unit", "单位", "Unit", "The unit.")
_UNIT_KIND: ViewColumn = (
    "unit_kind",
    "单位类型",
    "Unit kind",
    "party, government, central, local, collective, ...",
)
_ROLE: ViewColumn = ("role", "职责", "Role", "lead (牵头), responsible (负责) or support (配合).")
_VIA: ViewColumn = (
    "via",
    "所属统称",
    "Via",
    "The collective the task names instead of the unit; empty when it names the unit.",
)
_TASK: ViewColumn = ("task", "序号", "Task", "The task's number.")
_DEADLINE: ViewColumn = ("deadline", "完成时限", "Deadline", "The deadline as printed.")
_DUE: ViewColumn = ("due", "到期日期", "Due", "The day it is due; empty when undated.")
_TASKS: ViewColumn = ("tasks", "任务数", "Tasks", "How many tasks.")

#: The views that answer the common questions.
VIEWS = (
    View(
        name="responsibilities",
        zh="职责分工",
        en="Who owns what",
        description_zh="每个单位承担的每项任务一行（含通过所属统称承担的）：职责、完成时限和主要任务。",
        description_en=(
            "One row per unit and task it answers for (through a collective too), with the "
            "role, the deadline and the text."
        ),
        sql=(
            "SELECT tu.unit, u.kind AS unit_kind, tu.role, tu.via, tu.accountable, "
            "t.number AS task, t.deadline, t.due, t.text "
            "FROM task_units AS tu JOIN units AS u ON u.name = tu.unit "
            "JOIN tasks AS t ON t.number = tu.task ORDER BY tu.unit, t.number"
        ),
        columns=(
            _UNIT,
            _UNIT_KIND,
            _ROLE,
            _VIA,
            (
                "accountable",
                "是否主责单位",
                "Accountable",
                "Whether it is accountable (1) or not (0).",
            ),
            _TASK,
            _DEADLINE,
            _DUE,
            ("text", "主要任务", "Text", "The task's text."),
        ),
    ),
    View(
        name="workload",
        zh="各单位任务数",
        en="Workload",
        description_zh="每个单位牵头、负责、配合和作为主责单位的任务数（含通过所属统称承担的）。",
        description_en=(
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
        columns=(
            _UNIT,
            _UNIT_KIND,
            ("lead", "牵头", "Lead", "How many tasks it leads."),
            ("responsible", "负责", "Responsible", "How many tasks it is responsible for."),
            ("support", "配合", "Support", "How many tasks it supports."),
            ("accountable", "主责", "Accountable", "How many tasks it is accountable for."),
            (*_TASKS[:3], "How many tasks it has a part in."),
        ),
    ),
    View(
        name="timeline",
        zh="各完成时限及其任务",
        en="What is due when",
        description_zh=(
            "每个完成时限一行，按先后排列（有日期的按日期，其后为持续推进、适时推进和未注明）："
            "到期的任务数和序号。"
        ),
        description_en=(
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
        columns=(
            _DEADLINE,
            (
                "deadline_kind",
                "完成时限类型",
                "Deadline kind",
                "date, ongoing, when_appropriate or unspecified.",
            ),
            _DUE,
            (*_TASKS[:3], "How many tasks fall due."),
            ("numbers", "序号", "Numbers", "The tasks' numbers, separated by commas."),
        ),
    ),
    View(
        name="accountable",
        zh="主责单位",
        en="Accountable units",
        description_zh="每项任务的主责单位（牵头单位；无牵头单位时为负责单位），每项任务每个单位一行，含完成时限。",
        description_en=(
            "Each task's accountable units (the leads, else the responsible units), one row "
            "per task and unit, with the deadline."
        ),
        sql=(
            "SELECT t.number AS task, t.deadline, t.due, tu.unit, tu.role, tu.via "
            "FROM tasks AS t JOIN task_units AS tu ON tu.task = t.number "
            "WHERE tu.accountable ORDER BY t.number, tu.position IS NULL, tu.position, tu.unit"
        ),
        columns=(_TASK, _DEADLINE, _DUE, _UNIT, _ROLE, _VIA),
    ),
)

_REPORT_VIEWS = (
    View(
        name="latest_reports",
        zh="最近一条报送记录",
        en="Latest reports",
        description_zh="各单位对各项任务的最近一条报送记录（数据截止日期最晚的一天中，台账里的最后一条）。",
        description_en=(
            "Each unit's latest report on each task (of its latest day, the last in the ledger)."
        ),
        sql=(
            "SELECT r.* FROM reports AS r WHERE r.id = (SELECT r2.id FROM reports AS r2 "
            "WHERE r2.task = r.task AND r2.unit = r.unit ORDER BY r2.as_of DESC, r2.id DESC "
            "LIMIT 1) ORDER BY r.task, r.unit"
        ),
        columns=tuple((c.name, c.zh, c.en, c.description) for c in _tables.REPORTS.columns),
    ),
)


# Both canned queries take :words, split on spaces (an ideographic space or a tab too)
# and lower-cased (SQLite's lower() folds the Latin letters): a task is a hit when its
# text contains every word, whatever the case of its letters (as dg-plan search and
# the site's search answer). Words of two characters are too short for the trigram
# index (FTS5 drops them from a query, which then finds too much): search_text scans,
# and match_text takes from the index only the words of three characters or more, each
# quoted as an FTS5 phrase (so that IPv4/IPv6 or a quotation mark is text, not
# syntax), then checks every word.
_QUERIES: dict[str, dict[str, str]] = {
    "search_text": {
        "title": "检索任务文本（任意长度） · Search the task texts (any length)",
        "description": (
            "查找包含所给全部词语的任务（以空格分隔，不区分英文字母大小写）；"
            "两个字的词（“数据”）也可（逐条扫描，不用全文索引）。"
            "\n\nTasks whose text contains every word given (separated by spaces; the case "
            "of Latin letters is ignored), also two-character words such as 数据 that the "
            "trigram index cannot answer (a scan, with instr)."
        ),
        "sql": (
            "WITH RECURSIVE split(word, rest) AS ("
            "SELECT '', trim(replace(replace(:words, char(12288), ' '), char(9), ' ')) || ' ' "
            "UNION ALL SELECT substr(rest, 1, instr(rest, ' ') - 1), "
            "ltrim(substr(rest, instr(rest, ' ') + 1)) FROM split WHERE rest <> ''), "
            "words(word) AS (SELECT DISTINCT lower(word) FROM split WHERE word <> '') "
            "SELECT t.number, t.deadline, t.text FROM tasks AS t WHERE "
            "EXISTS (SELECT 1 FROM words) "
            "AND NOT EXISTS (SELECT 1 FROM words WHERE instr(lower(t.text), word) = 0) "
            "ORDER BY t.number"
        ),
    },
    "match_text": {
        "title": "全文检索（三个字及以上） · Full-text search (three characters or more)",
        "description": (
            "用全文索引查找包含所给全部词语的任务（三个字及以上的词用索引查找，"
            "较短的词在找到的任务中逐条核对），最相关的在前。"
            "\n\nTasks whose text contains every word given, found through the full-text "
            "index (trigram: the words of three characters or more; shorter words are "
            "checked on the rows found), best match first."
        ),
        "sql": (
            "WITH RECURSIVE split(word, rest) AS ("
            "SELECT '', trim(replace(replace(:words, char(12288), ' '), char(9), ' ')) || ' ' "
            "UNION ALL SELECT substr(rest, 1, instr(rest, ' ') - 1), "
            "ltrim(substr(rest, instr(rest, ' ') + 1)) FROM split WHERE rest <> ''), "
            "words(word) AS (SELECT DISTINCT lower(word) FROM split WHERE word <> '') "
            ", phrases(query) AS (SELECT group_concat("
            "'\"' || replace(word, '\"', '\"\"') || '\"', ' ') FROM words "
            "WHERE length(word) >= 3) "
            "SELECT t.number, t.deadline, t.text FROM tasks AS t LEFT JOIN ("
            "SELECT rowid, rank FROM tasks_fts "
            "WHERE tasks_fts MATCH coalesce((SELECT query FROM phrases), '\"\"')"
            ") AS f ON f.rowid = t.number WHERE "
            "EXISTS (SELECT 1 FROM words) "
            "AND NOT EXISTS (SELECT 1 FROM words WHERE instr(lower(t.text), word) = 0) "
            "AND (f.rowid IS NOT NULL OR (SELECT query FROM phrases) IS NULL) "
            "ORDER BY f.rank, t.number"
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
    try:
        scratch.unlink(missing_ok=True)
        scratch.touch(exist_ok=False)  # an OSError that says why, where sqlite3 would not
    except OSError as exc:
        # Name the file asked for, not the scratch file beside it.
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
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


# Datasette's search box on the tasks page goes through the trigram index, which drops
# a word of one or two characters from the query (and then finds too much): said where
# the box is, with the canned query that answers any word.
_SEARCH_NOTE = (
    "\n\n检索框使用全文索引：每个检索词至少三个字，较短的词（如“安全”）会被忽略，"
    "结果因而偏多；含两个字的词请用“检索任务文本”（search_text）查询。"
    "\n\nThe search box uses the full-text index: every search word needs three "
    "characters or more; a shorter word (安全) is ignored, so more tasks are found than "
    "contain it. For words of two characters use the search_text query."
)


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
    tables["tasks"]["description"] += _SEARCH_NOTE
    tables["tasks"].update({"fts_table": FTS_TABLE, "fts_pk": "number"})
    tables[FTS_TABLE] = {"hidden": True}
    for view in _views(ledger):
        tables[view.name] = {
            "title": f"{view.zh} · {view.en}",
            "description": view.description,
            "columns": {name: f"{zh} · {en}: {what}" for name, zh, en, what in view.columns},
        }
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
                    "全文检索按每三个相连的字建立索引，检索词至少三个字；"
                    "两个字的词用“检索任务文本”。"
                    "\n\nThe full-text index uses the trigram tokenizer: search words of three "
                    "characters or more; for two-character words use search_text."
                ),
                "tables": tables,
                "queries": {name: dict(query) for name, query in _QUERIES.items()},
            }
        },
    }
