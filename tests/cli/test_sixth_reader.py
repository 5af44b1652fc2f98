"""The sixth reader's findings on the command line (issue 23), one test each.

The reader (a 公文 writer) tried the Chinese interface as a new user would; the
expected text is the reader's or the glossary's, never copied from the output.
"""

from __future__ import annotations

import json

import pytest

from dg_plan import dumps, load_plan
from helpers.cli import call

# -- an output file named by a format it is not written in ---------------------------


def _refused(tmp_path, target, *args):
    """Run *args* in both languages: each refused (status 2), nothing written."""
    lines = {}
    for lang in ("en", "zh"):
        result = call("--lang", lang, *args)
        assert result.returncode == 2, result.stderr
        assert not target.exists()
        lines[lang] = result.stderr.rstrip("\n").splitlines()[-1]
    return lines


def test_a_report_to_a_pdf_is_refused_naming_the_formats(tmp_path, audit_ledger):
    _template, ledger = audit_ledger
    target = tmp_path / "r.pdf"
    args = ("track", "report", str(ledger), "--as-of", "2024-12-31", "-o", str(target))
    lines = _refused(tmp_path, target, *args)
    assert ".html, .xlsx or .docx" in lines["en"]
    assert str(target) in lines["en"]
    # A whole sentence: what cannot be, what can, what to do.
    assert "督办报告只能写为 .html、.xlsx 或 .docx 文件" in lines["zh"]
    assert lines["zh"].endswith("。")
    # The formats it can be written in still are.
    for suffix in (".html", ".xlsx", ".docx"):
        out = tmp_path / f"r{suffix}"
        result = call("track", "report", str(ledger), "--as-of", "2024-12-31", "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert out.exists()


def test_a_template_not_named_xlsx_is_refused(tmp_path):
    target = tmp_path / "audit.pdf"
    args = ("track", "template", "省审计厅", str(target), "--as-of", "2024-12-31")
    lines = _refused(tmp_path, target, *args)
    assert "填报表是 .xlsx 工作簿" in lines["zh"]


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.csv"])
def test_a_plan_file_named_as_another_format_is_refused(tmp_path, name):
    source = tmp_path / "list.txt"
    source.write_text("1. 建设城市运行管理平台。（省住房城乡建设厅负责）\n", encoding="utf-8")
    target = tmp_path / name
    lines = _refused(tmp_path, target, "import", str(source), "-o", str(target))
    assert "清单数据文件为 JSON 格式，请使用 .json 扩展名" in lines["zh"]


def test_a_ledger_named_as_a_workbook_is_refused(tmp_path, audit_ledger):
    template, _ledger = audit_ledger
    target = tmp_path / "ledger.xlsx"
    lines = _refused(tmp_path, target, "track", "collect", str(template), "-o", str(target))
    assert "台账为 JSON 格式" in lines["zh"]


# -- a wrong file: said in words, not by a JSON path or a Python value -------------------


def test_a_file_that_is_no_ledger_is_said_in_one_sentence(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    args = ("track", "status", str(bad), "--as-of", "2024-12-31")
    zh = call("--lang", "zh", *args)
    assert zh.returncode == 1
    # The reader's sentence, the file its subject; nothing about fields it lacks.
    assert zh.stderr.splitlines() == [
        "dg-plan：bad.json 不是台账文件（缺少格式标识），请检查是否选错了文件。"
    ]
    en = call("--lang", "en", *args)
    assert en.stderr.splitlines() == [
        (
            "dg-plan: bad.json is not a ledger file (it has no format mark): check that you "
            "chose the right file"
        )
    ]
    other = tmp_path / "other.json"
    other.write_text('{"format": "dg_plan.something", "reports": []}', encoding="utf-8")
    zh = call("--lang", "zh", "track", "status", str(other), "--as-of", "2024-12-31")
    assert "other.json 不是台账文件（其格式标识为 dg_plan.something" in zh.stderr
    assert "$" not in zh.stderr


def test_a_json_file_that_is_no_plan_is_said_in_one_sentence(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    zh = call("--lang", "zh", "--plan", str(bad), "overview")
    assert zh.returncode == 1
    assert (
        zh.stderr.strip()
        == f"dg-plan：{bad} 不是清单数据文件：缺少格式版本号，请检查是否选错了文件。"
    )
    assert "$" not in zh.stderr
    assert "{}" not in zh.stderr


def test_a_value_deep_in_a_plan_is_shown_as_json_not_python(tmp_path):
    doc = json.loads(dumps(load_plan()))
    doc["tasks"][0]["number"] = "一"
    deep = tmp_path / "plan.json"
    deep.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    en = call("--lang", "en", "--plan", str(deep), "overview")
    assert en.returncode == 1
    # JSON's quotes ("一"), not Python's ('一'); the path stays, as English detail.
    assert '(value: "一")' in en.stderr
    assert "'一'" not in en.stderr
    assert "$.tasks[0].number" in en.stderr
