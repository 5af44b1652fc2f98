"""The glossary the package ships (dg_plan/data/glossary.csv), read for the tests.

It is data: per concept, its English term, its one Chinese term, the Chinese terms it
replaces (forbidden in Chinese text) and a note on the print's usage. docs/glossary.md
is :func:`markdown` of it; regenerate the page after editing the file with

    PYTHONPATH=tests python -c "from helpers.glossary import write; write()"
"""

from __future__ import annotations

import csv
import io
import re
from importlib.resources import files
from typing import NamedTuple

from helpers import ROOT

PAGE = ROOT / "docs" / "glossary.md"


class Term(NamedTuple):
    concept: str
    english: str
    chinese: str
    replaces: tuple[str, ...]
    note: str


def terms() -> list[Term]:
    """The glossary's rows, in its order."""
    text = (files("dg_plan") / "data" / "glossary.csv").read_text(encoding="utf-8")
    return [
        Term(
            row["concept"],
            row["english"],
            row["chinese"],
            tuple(v for v in row["replaces"].split("|") if v),
            row["note"],
        )
        for row in csv.DictReader(io.StringIO(text))
    ]


def forbidden() -> dict[str, Term]:
    """Each replaced (forbidden) Chinese term, with the term that replaces it."""
    return {variant: term for term in terms() for variant in term.replaces}


def markdown() -> str:
    """docs/glossary.md: the glossary as an English page."""
    lines = [
        "# Glossary",
        "",
        "The Chinese interface (the command line, the reports, the templates and the",
        "Chinese edition of these pages) names each concept with one Chinese term, the",
        "print's own where it has one. This page lists them; the package ships the same",
        "list as `dg_plan/data/glossary.csv`. No Chinese message uses a term the list",
        "replaces.",
        "",
        "| English | Chinese | Replaces | Usage |",
        "| --- | --- | --- | --- |",
    ]
    for t in terms():
        replaces = "、".join(t.replaces) or "—"
        lines.append(f"| {t.english} | {t.chinese} | {replaces} | {t.note} |")
    lines += [
        "",
        "## Numbers",
        "",
        "A number in Arabic digits stands against the Chinese around it with no space, as",
        "a 公文 writes it: 共178项任务, 第42—43行, 截至2024年6月30日, not 共 178 项. A name",
        "that holds a digit (UTF-8, IPv6, H2) is no number, and a space still parts Chinese",
        "from a Latin word (导出 CSV 文件). Every Chinese message of the",
        "command line's catalog and every command's Chinese output are checked for it.",
        "",
        "## File names",
        "",
        "A file's name or a path in a Chinese line is quoted, with no space on either side,",
        "whatever its script: 已写入“报告.xlsx”, 在“任务清单.txt”中, 已写入“plan.json”, and a",
        "place in a file starts with the quoted name (“任务清单.txt”第17行,",
        "“清单.xlsx”“任务”表第8行“完成时限”列).",
        "A space would set off a Latin name but not a Chinese one (已写入 报告.xlsx reads as two",
        "words), and no space would run a name into the sentence (已写入报告.xlsx); the quotes",
        "mark where a name begins and ends in either script. A name inside a command the line",
        "quotes whole (“dg-plan import 清单.docx -o plan.json”) or after an option (--into",
        "台账.json) is what the user types, and is not quoted again.",
        "",
        "## Places in a table",
        "",
        "A place in a table file (a .csv, .xlsx, .xls or .ods file, a .docx file's table) is",
        "said one way, whether an import found something there or a returned 填报表 holds a",
        "problem: the quoted file name, the sheet where the file has sheets (“任务”表; a Word",
        "table by its number, 表2), the row (第8行), and the column by its header as the file",
        "prints it (“完成时限”列), or by its number where it has no header (第2列, above the",
        "header row or in a table without one): “清单.xlsx”“任务”表第8行“完成时限”列,",
        "“表格.csv”第5行“完成时限”列. A cell's name (E8单元格) is not used: a .csv file shows",
        "no column letters. A note of a whole row (本行为表头) names the row alone. English",
        "says the same parts: 表格.csv, row 5, column “完成时限”.",
        "",
        "## The list as data",
        "",
        "The list is a CSV file (UTF-8; several replaced terms are separated by `|`):",
        "",
        "```pycon",
        ">>> import csv, io",
        ">>> from importlib.resources import files",
        '>>> text = (files("dg_plan") / "data" / "glossary.csv").read_text(encoding="utf-8")',
        '>>> terms = {row["concept"]: row for row in csv.DictReader(io.StringIO(text))}',
        '>>> terms["accountable"]["chinese"], terms["accountable"]["replaces"]',
        "('主责单位', '责任主体')",
        '>>> terms["collective"]["replaces"].split("|")',
        "['单位统称', '集体单位', '集合单位']",
        "",
        "```",
    ]
    return "\n".join(lines) + "\n"


def write() -> None:
    """Write docs/glossary.md from the glossary."""
    PAGE.write_text(markdown(), encoding="utf-8")


#: 责任单位 is right only where it means all units of a task (the print's column); it is
#: wrong for Role.RESPONSIBLE (负责单位). Not a replaced term, so it is checked on its own.
ALL_UNITS = "责任单位"


#: Phrases in which a replaced term has another, genuine sense, each with its reason. An
#: occurrence inside one of them is no violation.
OTHER_SENSES: dict[str, tuple[str, ...]] = {
    # Documents, not report rows (报送记录): 政府工作报告, the government work report a
    # task list is made from (the importing guide); and those the print's tasks name
    # (tasks 167, 175 and 178: “零报告”制度, 可行性研究报告, 安全评价报告), which a
    # listing may cut short so that the task's whole text is not there to take out.
    "报告": ("工作报告", "零报告", "研究报告", "评价报告"),
}


def violations(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """The replaced terms *text* uses (those in *allowed* excepted), each with its term."""
    found = []
    chinese = [t.chinese for t in terms()]
    for variant, term in forbidden().items():
        if variant in allowed:
            continue
        # 条报送 in 条报送记录 is part of the right term, not the replaced one, and 报告
        # in 督办报告 is part of another term: an occurrence that overlaps a glossary
        # term holding it (or a phrase of another sense) is no violation.
        holders = [c for c in chinese if variant in c or c == term.chinese]
        holders += OTHER_SENSES.get(variant, ())
        right = [
            range(m.start(), m.end())
            for holder in holders
            for m in re.finditer(re.escape(holder), text)
        ]
        for m in re.finditer(re.escape(variant), text):
            if not any(m.start() < r.stop and r.start < m.end() for r in right):
                found.append(f"{variant} (use {term.chinese})")
                break
    return found
