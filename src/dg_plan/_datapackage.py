"""The plan as a Frictionless (tabular) data package: CSV files and datapackage.json.

:func:`dg_plan.export.to_datapackage` calls :func:`write`. The tables are
:mod:`dg_plan._tables`'s; the descriptor is written with the standard library.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _tables
from ._tables import Table, Value

if TYPE_CHECKING:
    from ._plan import Plan
    from .tracking import Ledger

__all__ = ["DESCRIPTOR", "descriptor", "write"]

#: The descriptor's file name inside the package's folder.
DESCRIPTOR = "datapackage.json"


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _csv(plan: Plan, table: Table, ledger: Ledger | None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    writer.writerows([_text(v) for v in row] for row in _tables.rows(plan, table, ledger))
    return buffer.getvalue()


def _field(column: _tables.Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": column.type,
        "title": f"{column.zh} · {column.en}",
        "description": column.description,
    }
    if column.type == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    if column.required:
        field["constraints"] = {"required": True}
    return field


def _schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(c) for c in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.columns),
                # "" is the table itself (Data Package v1).
                "reference": {
                    "resource": "" if fk.table == table.name else fk.table,
                    "fields": list(fk.references),
                },
            }
            for fk in table.foreign_keys
        ]
    return schema


def _name(plan: Plan) -> str:
    """The package's name: lower-case letters, digits and ``-``, from the title's ASCII."""
    m = plan.metadata
    ascii_words = re.findall(r"[a-z0-9]+", f"{m.document} {m.title}".lower())
    return "-".join(["dg-plan", *ascii_words])


def descriptor(plan: Plan, ledger: Ledger | None = None) -> dict[str, Any]:
    """The package's descriptor (``datapackage.json``) as a dict."""
    m = plan.metadata
    source = " ".join(p for p in (m.issuer, m.document, m.attachment) if p)
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": _name(plan),
        "title": m.title,
        "description": (
            f"{m.title}（{source}）：任务、单位、分工、时限与平台。\n\n"
            "The plan's tasks, units, roles, deadlines and platforms as related tables, "
            "exported by dg_plan."
        ),
        "keywords": ["dg_plan", "digital government", "数字政府"],
    }
    if source:
        package["sources"] = [{"title": source}]
    package["resources"] = [
        {
            "profile": "tabular-data-resource",
            "name": table.name,
            "path": f"{table.name}.csv",
            "title": table.title,
            "description": table.description,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": _schema(table),
        }
        for table in _tables.tables_for(ledger)
    ]
    return package


def write(plan: Plan, folder: str | os.PathLike[str], ledger: Ledger | None = None) -> None:
    """Write the package into *folder* (made if missing): one CSV per table, the descriptor."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for table in _tables.tables_for(ledger):
        (target / f"{table.name}.csv").write_text(
            _csv(plan, table, ledger), encoding="utf-8", newline=""
        )
    text = json.dumps(descriptor(plan, ledger), ensure_ascii=False, indent=2) + "\n"
    (target / DESCRIPTOR).write_text(text, encoding="utf-8", newline="\n")
