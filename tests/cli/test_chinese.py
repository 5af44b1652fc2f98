"""The Chinese interface: dg-plan, the HTML displays and the plots in 简体中文 and English.

The messages are gettext catalogs: ``src/dg_plan/locale/zh_CN/LC_MESSAGES/dg_plan.po``
(the source, in git) compiled to ``dg_plan.mo`` by the build (hatch_build.py).
"""

from __future__ import annotations

import argparse
import ast
import copy
import csv
import errno
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import warnings
from importlib.resources import files
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

import dg_plan
from dg_plan import Role, _i18n, export
from dg_plan._cli import errors, parser, terminal
from helpers import ROOT
from helpers.chinese import ERRORS, LISTINGS, english_left, help_runs
from helpers.cli import call
from helpers.cli import succeeds as ok
from helpers.workbooks import set_cells

PO = ROOT / "src" / "dg_plan" / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.po"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def run_in_locale(locale: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dg_plan`` in a new process whose locale is *locale*."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(LANG=locale, COLUMNS="120", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "dg_plan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
        timeout=60,
    )


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    """Every in-process run starts from an English locale, whatever the machine's."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "120")


# -- the acceptance lines ---------------------------------------------------------------


def test_show_in_a_chinese_locale():
    result = run_in_locale("zh_CN.UTF-8", "show", "18")
    assert result.returncode == 0, result.stderr
    for label in ("牵头单位", "完成时限", "责任单位", "出处"):
        assert label in result.stdout
    assert "Lead" not in result.stdout


def test_lang_overrides_the_locale(monkeypatch):
    zh = ok("--lang", "zh", "show", "18")
    assert "牵头单位：" in zh
    assert "完成时限：" in zh
    assert ok("--lang=zh", "show", "18") == zh
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    en = ok("--lang", "en", "show", "18")
    assert "牵头单位" not in en
    assert "完成时限" not in en
    assert "Lead:" in en
    assert "Deadline:" in en


def test_lang_after_the_command_as_json_is(monkeypatch, tmp_path):
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    zh = ok("--lang", "zh", "show", "18")
    assert "牵头单位：" in zh
    assert ok("show", "18", "--lang", "zh") == zh
    assert ok("show", "--lang=zh", "18") == zh
    # A command that prints no listing, and a track action, take it too.
    written = ok("export", "csv", str(tmp_path / "plan.csv"), "--lang", "zh")
    assert written == ok("--lang", "zh", "export", "csv", str(tmp_path / "plan.csv"))
    assert written != ok("export", "csv", str(tmp_path / "plan.csv"))
    usage = call("track", "status", "--lang", "zh").stderr
    assert "用法" in usage
    # And it is checked there as before the command.
    assert call("show", "18", "--lang", "fr").returncode == 2


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_locale_decides_without_lang(monkeypatch, environ, expected):
    monkeypatch.delenv("LANG")
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    out = ok("show", "18")
    assert ("完成时限：" in out) == (expected == "zh")
    assert ("Deadline:" in out) == (expected == "en")


def test_not_found_in_a_chinese_locale():
    result = run_in_locale("zh_CN.UTF-8", "unit", "省发改厅")
    assert result.returncode == 1
    assert "未找到名为“省发改厅”的单位" in result.stderr
    assert "相近的单位有：" in result.stderr
    assert "  省发展改革委" in result.stderr
    assert "no unit named" not in result.stderr


def test_errors_are_rendered_from_the_exceptions_attributes():
    err = call("--lang", "zh", "show", "999").stderr
    assert err.strip() == "dg-plan：第999项任务不存在（本清单任务序号为1—178）"
    err = call("--lang", "zh", "platform", "豫事").stderr
    assert "未找到名为“豫事”的平台" in err
    assert "dg-plan list-platforms" in err
    err = call("--lang", "zh", "tasks", "--section", "9.9").stderr
    assert "未找到编号为“9.9”的章节" in err
    err = call("--lang", "zh", "due", "--between", "2024-06-30", "2024-01-01").stderr
    # One sentence, the days in it: no generic 开始日期“2024-06-30”无效： before it.
    assert err.splitlines()[-1].endswith(
        "错误：开始日期（2024年6月30日）不能晚于结束日期（2024年1月1日）"
    )
    err = call("--lang", "zh", "due", "--in", "2024H3").stderr
    assert "期间“2024H3”无法识别，请写作" in err
    assert "无效：" not in err
    # In English, the rendering is the exception's own text, as before.
    en = call("--lang", "en", "due", "--in", "2024H3").stderr
    with pytest.raises(dg_plan.InvalidQueryError) as caught:
        dg_plan.parse_period("2024H3")
    assert f"dg-plan due: error: {caught.value}" in en


def test_library_exceptions_stay_english():
    dg_plan.set_language("zh")
    try:
        with pytest.raises(dg_plan.UnknownUnitError, match="no unit named"):
            dg_plan.load_plan().unit("省发改厅")
    finally:
        dg_plan.set_language("en")


def test_a_missing_catalog_is_said_and_english_goes_on(monkeypatch):
    monkeypatch.setattr(_i18n, "has_catalog", lambda language: language == "en")
    result = call("--lang", "zh", "show", "18")
    assert result.returncode == 0
    assert "not installed; continuing in English" in result.stderr
    assert "Lead:" in result.stdout
    assert "牵头单位" not in result.stdout


# -- the catalog ------------------------------------------------------------------------


def _po():
    with PO.open("rb") as source:
        return read_po(source, locale="zh_CN", domain="dg_plan")


def _key(message):
    msgid = tuple(message.id) if isinstance(message.id, (list, tuple)) else message.id
    return (message.context, msgid)


def test_every_message_has_a_chinese_translation():
    catalog = _po()
    assert catalog.plural_forms == "nplurals=1; plural=0;"
    messages = [m for m in catalog if m.id]
    assert len(messages) > 250
    for message in messages:
        assert not message.fuzzy, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert len(strings) == 1, message.id  # one form in Chinese
        assert all(s.strip() for s in strings), message.id
        assert not any(_as_checked(message).check()), message.id  # %-placeholders kept


def _as_checked(message):
    """*message* as babel checks its placeholders: a value the English quotes by repr
    (argparse's %r, %(value)r) is quoted by the Chinese itself, “%s” (Chinese
    quotation marks, not repr's ASCII ones); babel takes r and s for two types."""
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    names = set(re.findall(r"%\((\w+)\)r", msgid))
    string = message.string
    if not isinstance(string, str):
        return message
    if names:
        string = re.sub(
            r"“%\((\w+)\)s”",
            lambda m: f"“%({m.group(1)})r”" if m.group(1) in names else m.group(0),
            string,
        )
    if re.search(r"%r", msgid):
        string = string.replace("“%s”", "“%r”")
    checked = copy.copy(message)
    checked.string = string
    return checked


def _doubled_keywords(text):
    """The lines of a .po text where a keyword follows itself with no other in between."""
    doubled, last = [], None
    for number, line in enumerate(text.splitlines(), start=1):
        keyword = line.split(" ", 1)[0]
        if keyword in {"msgctxt", "msgid", "msgid_plural", "msgstr"}:
            if keyword == last:
                doubled.append((number, line[:60]))
            last = keyword
    return doubled


def _repeated_messages(text):
    """The (context, id) keys a .po text defines more than once (msgfmt refuses them)."""
    keys, key, part = [], ["", ""], None
    for line in text.splitlines():
        keyword = line.split(" ", 1)[0]
        if keyword in {"msgctxt", "msgid"}:
            part = 0 if keyword == "msgctxt" else 1
            key[part] = line.split(" ", 1)[1]
        elif line.startswith('"') and part is not None:
            key[part] += line
        elif keyword.startswith("msgstr") and part is not None:
            keys.append(tuple(key))
            key, part = ["", ""], None
    return [k for k in dict.fromkeys(keys) if keys.count(k) > 1]


def test_no_message_is_defined_twice():
    # Two entries of one message (a helper adding one the catalog had): Babel keeps
    # the last and says nothing, GNU msgfmt refuses the whole catalog.
    assert _repeated_messages('msgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n')
    assert not _repeated_messages('msgctxt "c"\nmsgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n')
    catalogs = [PO, *sorted((ROOT / "docs").glob("**/LC_MESSAGES/*.po"))]
    assert [(p.name, _repeated_messages(p.read_text("utf-8"))) for p in catalogs] == [
        (p.name, []) for p in catalogs
    ]


def test_every_catalog_entry_is_written_once():
    # A merge once left one entry with two msgstr lines: Babel reads the last and says
    # nothing, GNU msgfmt refuses the whole catalog (a syntax error). Every .po of the
    # project is checked as written.
    catalogs = [PO, *sorted((ROOT / "docs").glob("**/LC_MESSAGES/*.po"))]
    assert len(catalogs) > 5
    doubled = [(p.name, d) for p in catalogs for d in _doubled_keywords(p.read_text("utf-8"))]
    assert doubled == []


def test_the_entry_check_can_fail():
    assert _doubled_keywords('msgid "a"\nmsgstr "甲"\nmsgstr "乙"\n') == [(3, 'msgstr "乙"')]
    assert _doubled_keywords('msgid "a"\nmsgstr ""\n"甲"\nmsgid "b"\nmsgstr "乙"\n') == []


# Placeholders a translation may leave out, where Chinese says it another way: none.
# (GNU msgfmt -c refuses a catalog whose translation drops a named placeholder.)
_DROPPED: dict[str, set[str]] = {}
# The same, for a message of a context only.
_DROPPED_IN_CONTEXT = {
    # A refusal whose reason names the unit: Chinese does not repeat it.
    ("a refusal whose reason names the value", "{reason} ({argument}={value!r})"): {
        "argument",
        "value",
    },
}


def test_translations_keep_their_placeholders():
    # Babel checks %-style placeholders; these are the str.format ones ({count}).
    for message in _po():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        dropped = _DROPPED_IN_CONTEXT.get((message.context, ids[0])) if message.context else None
        dropped = _DROPPED.get(ids[0], set()) if dropped is None else dropped
        wanted = _fields(ids[-1]) - {f for f in _fields(ids[-1]) if f[0] in dropped}
        assert _fields(strings[0]) == wanted, message.id


def _fields(text: str) -> set[tuple[str, str]]:
    """The str.format fields of *text*: each name with its format spec (GNU msgfmt reads
    ``{month:02d}`` as another name than ``{month}``); a conversion (``!r``) may go, as
    Chinese quotes a value with “” instead."""
    return {(m[1], m[2] or "") for m in re.finditer(r"\{(\w+)(?:![rsa])?(:[^{}]*)?\}", text)}


def test_the_placeholder_check_can_fail():
    assert _fields("impossible day: {detail}") == {("detail", "")}
    assert _fields("日期不存在，请填写实际存在的日期") == set()
    assert _fields("{year}-{month:02d}") != _fields("{year}年{month}月")
    assert _fields("({argument}={value!r})") == _fields("{argument}“{value}”")


def test_gnu_msgfmt_accepts_the_catalog():
    # What a packager building with GNU gettext runs: a dropped placeholder is fatal.
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("GNU gettext's msgfmt is not installed")
    done = subprocess.run(
        [msgfmt, "-c", "-o", os.devnull, str(PO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def _not_hidden(dirpath: str) -> bool:
    # Babel skips folders named _* by default; the command line is dg_plan/_cli/.
    name = Path(dirpath).name
    return not name.startswith(".") and name != "__pycache__"


def test_the_catalog_holds_exactly_the_messages_of_the_source():
    # What `pybabel extract -F babel.cfg` finds: nothing new can slip in untranslated,
    # and nothing stale stays.
    with (ROOT / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    extracted = {
        (context, message)
        for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, directory_filter=_not_hidden
        )
    }
    assert len(extracted) > 250
    assert extracted == {_key(m) for m in _po() if m.id}


def test_the_installed_catalog_is_compiled_from_the_po():
    mo = files("dg_plan") / "locale" / "zh_CN" / "LC_MESSAGES" / "dg_plan.mo"
    with mo.open("rb") as compiled:
        installed = read_mo(compiled)

    def strings(catalog):
        return {
            _key(m): tuple(m.string) if isinstance(m.string, (list, tuple)) else m.string
            for m in catalog
            if m.id
        }

    fresh, built = strings(_po()), strings(installed)
    assert built == fresh
    assert _i18n.has_catalog("zh")


def test_the_mo_files_are_not_in_git():
    tracked = subprocess.run(
        ["git", "ls-files", "src/dg_plan/locale"],  # noqa: S607 - git from PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    # The sources only: the messages' catalog and the data notes' (dg_plan_data).
    assert tracked.stdout.split() == [
        "src/dg_plan/locale/zh_CN/LC_MESSAGES/dg_plan.po",
        "src/dg_plan/locale/zh_CN/LC_MESSAGES/dg_plan_data.po",
    ]


def test_argparses_own_messages_are_in_the_catalog():
    # Every message the running Python's argparse translates, read from its source.
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if node.func.id == "_" and texts:
                used.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) == 2:
                used.add(tuple(texts))
    ours = {m.id for m in _po() if m.id}
    assert used
    assert used <= ours, used - ours


def test_every_enum_value_has_a_label():
    catalog = {m.id for m in _po() if m.id}
    for enum in (Role, dg_plan.UnitKind, dg_plan.PlatformKind, dg_plan.DeadlineKind):
        for member in enum:
            assert member.value in catalog, member


# -- no English left in the Chinese output ----------------------------------------------


# Keys of --json output whose values are the enums' values, shown as labels in text.
_LABEL_KEYS = {"role", "kind", "deadline_kind", "unit_kind", "status"}


def _data_words(value: object, key: str = "") -> set[str]:
    """The ASCII words of the data in a --json output (its values, not its keys)."""
    if isinstance(value, dict):
        return set().union(*(_data_words(v, k) for k, v in value.items()))
    if isinstance(value, list):
        return set().union(*(_data_words(v, key) for v in value))
    if isinstance(value, str) and key not in _LABEL_KEYS:
        return set(re.findall(r"[A-Za-z]+", value))
    return set()


# Typical runs of every command, each with --json where it has one.


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_no_english_label_in_the_chinese_output(args):
    result = call("--lang", "zh", *args)
    assert result.returncode == 0, result.stderr
    en = call("--lang", "en", *args)
    as_json = ok("--lang", "zh", *args, "--json")
    # --json is language-neutral: the same bytes whatever the language.
    assert as_json == ok("--lang", "en", *args, "--json")
    data = _data_words(json.loads(as_json)) | set(re.findall(r"[A-Za-z]+", " ".join(args)))
    assert english_left(result.stdout + result.stderr, data) == set()
    # The check can fail: the English output of the same command is caught.
    if en.stdout.strip():
        assert english_left(en.stdout, data), args


def test_no_english_in_the_file_commands(tmp_path):
    outputs = [
        call("--lang", "zh", "export", "csv", str(tmp_path / "tasks.csv")),
        call("--lang", "zh", "export", "xlsx", str(tmp_path / "plan.xlsx")),
    ]
    pytest.importorskip("matplotlib")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        outputs += [
            call("--lang", "zh", "plot", kind, str(tmp_path / f"{kind}.png"))
            for kind in ("timeline", "workload", "graph")
        ]
    for index, result in enumerate(outputs):
        assert result.returncode == 0, result.stderr
        # What was written, said once (not 已写入 plan.xlsx（xlsx）): an export, a plot.
        said = (
            "已将任务清单导出为"
            if index < 2
            else "已将" + ("完成时限分布图", "工作量图", "关系图")[index - 2] + "保存为“"
        )
        assert result.stdout.startswith(said), result.stdout
        assert "（" not in result.stdout
        assert english_left(result.stdout + result.stderr) == set()
    site = call("--lang", "zh", "site", str(tmp_path / "site"))
    assert site.returncode == 0, site.stderr
    assert site.stdout.startswith("已在“")
    assert english_left(site.stdout.replace(str(tmp_path), "") + site.stderr) == set()


def test_no_english_in_the_track_commands(tmp_path, audit_ledger):
    template, ledger = audit_ledger
    runs = [
        ["track", "template", "省审计厅", str(tmp_path / "t.xlsx"), "--as-of", "2024-12-31"],
        ["track", "collect", str(template), "-o", str(tmp_path / "l.json"), "--strict"],
        ["track", "status", str(ledger), "--as-of", "2024-12-31"],
        ["track", "status", str(ledger), "--as-of", "2024-12-31", "--unit", "省审计厅"],
        ["track", "status", str(ledger), "--as-of", "2024-12-31", "--task", "50", "--task", "11"],
        ["track", "late", str(ledger), "--as-of", "2024-12-31"],
        ["track", "report", str(ledger), "--as-of", "2024-12-31", "-o", str(tmp_path / "r.html")],
    ]
    for args in runs:
        result = call("--lang", "zh", *args)
        assert result.returncode == 0, result.stderr
        data: set[str] = set()
        if args[1] in ("status", "late"):
            as_json = ok("--lang", "zh", *args, "--json")
            assert as_json == ok("--lang", "en", *args, "--json")
            data = _data_words(json.loads(as_json))
        assert english_left(result.stdout + result.stderr, data) == set(), args


def test_no_english_in_the_chinese_tracking_problems(tmp_path):
    # Bad returned files, as a user trial met them: each problem is said in Chinese,
    # and still names the file, the row and the column.
    audit = tmp_path / "audit.xlsx"
    ok("track", "template", "省审计厅", str(audit), "--as-of", "2024-12-31")
    bureau = tmp_path / "bureau.xlsx"
    ok("track", "template", "省市场监管局", str(bureau), "--as-of", "2024-12-31")
    set_cells(audit, {(5, 5): "已完城"})  # a typo in the status
    set_cells(bureau, {(5, 5): "已完成", (5, 6): "2024年13月1日"})  # an impossible day
    # A row for a task that is another unit's (task 50 is the audit office's).
    set_cells(bureau, {(6, 1): 50, (6, 5): "推进中"})
    result = call(
        "--lang", "zh", "track", "collect", "--strict", str(audit), str(bureau), "-o", "-"
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "dg-plan：读取文件时发现3处问题："
    assert any(line.startswith("  “audit.xlsx”“填报”表第5行“状态”列：状态应从") for line in lines)
    # An impossible day says so (the "Reading returns": not the generic "not a day").
    assert any(
        line.startswith("  “bureau.xlsx”“填报”表第5行“完成（预计完成）日期”列：日期不存在")
        for line in lines
    )
    assert any(
        line.startswith(
            "  “bureau.xlsx”“填报”表第6行“序号”列：第50项任务不是省市场监管局承担的任务"
        )
        for line in lines
    )
    typed = {"xlsx", "audit", "bureau"}
    assert english_left(result.stderr, typed) == set(), result.stderr
    # The same in English names the same places.
    english = call(
        "--lang", "en", "track", "collect", "--strict", str(audit), str(bureau), "-o", "-"
    )
    assert "audit.xlsx, sheet 填报, row 5, 状态: not a status" in english.stderr
    assert english_left(english.stderr, typed)

    # A template made for another plan, and a plan passed where a ledger belongs.
    set_cells(audit, {(2, 6): "0123456789abcdef"})
    other = call("--lang", "zh", "track", "collect", "--strict", str(audit), "-o", "-")
    assert other.returncode == 1
    assert (
        "“audit.xlsx”“填报”表第2行“清单校验码”列：此填报表是为另一份任务清单制作的" in other.stderr
    )
    assert english_left(other.stderr, typed | {"abcdef"}) == set(), other.stderr
    plan = tmp_path / "plan.json"
    plan.write_text(dg_plan.dumps(dg_plan.load_plan()), encoding="utf-8")
    # One sentence, the file its subject (the sixth reader of issue 23): no heading
    # counting one problem, no JSON path.
    for lang, said in (
        ("zh", "dg-plan：“plan.json”是清单数据文件，不是台账文件，请检查是否选错了文件。"),
        (
            "en",
            "dg-plan: plan.json is a plan file, not a ledger: check that you chose the right file",
        ),
    ):
        result = call("--lang", lang, "track", "status", str(plan), "--as-of", "2024-12-31")
        assert result.returncode == 1
        assert result.stderr.splitlines() == [said]
        assert "$" not in result.stderr  # no JSON path
    zh = call("--lang", "zh", "track", "late", str(audit), "--as-of", "2024-12-31")
    assert zh.stderr.startswith("dg-plan：“audit.xlsx”是 Excel 工作簿，不是台账文件。")
    assert english_left(zh.stderr, typed) == set(), zh.stderr


def test_every_tracking_problem_renders_in_both_languages():
    from dg_plan._tracking_problems import PROBLEMS, problem  # noqa: PLC0415

    for kind, template in PROBLEMS.items():
        values = dict.fromkeys(re.findall(r"\{(\w+)", template), "X")
        found = problem(kind, None, **values)
        assert found.render("en") == found.reason == str(template).format_map(values)
        zh = found.render("zh")
        assert zh != found.reason, kind
        assert re.search(r"[\u4e00-\u9fff]", zh), kind


def test_the_report_speaks_one_language(tmp_path, audit_ledger):
    _template, ledger = audit_ledger
    plan = dg_plan.load_plan()
    data = {plan.metadata.title, *(t.text for t in plan.tasks), *(u.name for u in plan.units)}
    data |= {str(t.deadline) for t in plan.tasks} | {"未启动", "推进中", "已完成"}
    data |= {f"{p.label}、{p.title}" for p in plan.sections}  # the parts, as the plan names them
    pages = {}
    for lang in ("zh", "en"):
        page = tmp_path / f"report-{lang}.html"
        ok("--lang", lang, "track", "report", str(ledger), "--as-of", "2024-12-31", "-o", str(page))
        text = re.sub(r"(?s)<style>.*?</style>|<[^>]+>", " ", page.read_text("utf-8"))
        for item in sorted(data, key=len, reverse=True):
            text = text.replace(item, " ")
        pages[lang] = text
    assert english_left(pages["zh"]) == set(), pages["zh"]
    assert not re.search(r"[\u4e00-\u9fff]", pages["en"]), pages["en"]
    assert english_left(pages["en"])  # the check can fail


IMPORTED = [
    ["某市任务清单", "", "", ""],
    ["序号", "主要任务", "完成时限", "责任单位"],
    ["一、数据治理", "", "", ""],
    ["1", "建设数据库", "2024年底前", "市大数据局牵头，公安局、民政局配合"],
    ["2", "清洗数据", "", "市大数据局"],
    ["3", "坏的时限", "哪天", "市政府办公室"],
]


def test_no_english_in_the_import_command(tmp_path):
    listing = tmp_path / "list.csv"
    with listing.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(IMPORTED)
    report = json.loads(ok("--lang", "zh", "import", str(listing), "--json"))
    assert report == json.loads(ok("--lang", "en", "import", str(listing), "--json"))
    # Only the list's own cells are data: the importer's findings are said in Chinese
    # (tests/importing/test_chinese_findings.py covers every kind of finding, and csv,
    # xlsx, docx, text).
    data = {w for row in IMPORTED for cell in row for w in re.findall(r"[A-Za-z]+", cell)}
    assert english_left(call("--lang", "en", "import", str(listing)).stdout, data)
    result = call("--lang", "zh", "import", str(listing), "-o", str(tmp_path / "plan.json"))
    assert result.returncode == 0, result.stderr
    # Row 6 (the bad deadline's), the column headed 完成时限: the place as collect says one.
    assert "问题  “list.csv”第6行“完成时限”列" in result.stdout
    assert "3项任务，4个单位，1处问题" in result.stdout
    assert english_left(result.stdout + result.stderr, data) == set()
    strict = call("--lang", "zh", "import", str(listing), "--strict")
    assert strict.returncode == 1
    assert strict.stderr.startswith("dg-plan：导入“list.csv”时发现1处问题：")
    assert english_left(strict.stderr, data) == set()
    imported = str(tmp_path / "plan.json")
    overview = ok("--lang", "zh", "--plan", imported, "overview")
    # 未注明 plain, as every other line says it (not in brackets: the seventh reader).
    assert re.search(r"(?m)^未注明 +\d+$", overview), overview
    assert "（未注明）" not in overview
    assert english_left(overview) == set()


@pytest.mark.parametrize("args", ERRORS, ids=" ".join)
def test_no_english_in_the_chinese_errors(args):
    result = call("--lang", "zh", *args)
    assert result.returncode in (1, 2)
    assert result.stderr
    typed = set(re.findall(r"[A-Za-z]+", " ".join(args)))
    assert english_left(result.stderr, typed) == set()


@pytest.mark.parametrize("args", help_runs(), ids=" ".join)
def test_help_in_chinese(args):
    result = call("--lang", "zh", *args)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("用法：dg-plan")
    assert "显示本帮助信息并退出" in out
    assert "选项" in out
    assert english_left(out) == set(), out
    english = call("--lang", "en", *args).stdout
    assert english.startswith("usage: dg-plan")
    assert english_left(english)


def test_argparse_is_untouched_outside_dg_plan():
    assert call("--lang", "zh", "overview").returncode == 0
    parser = argparse.ArgumentParser(prog="other")
    parser.add_argument("--x", choices=["a"])
    text = parser.format_help()
    assert text.startswith("usage: other")
    assert "show this help message and exit" in text


# -- the library's displays ----------------------------------------------------------------


@pytest.fixture
def chinese():
    dg_plan.set_language("zh")
    yield
    dg_plan.set_language("en")


def test_displays_are_english_by_default(plan):
    assert dg_plan.get_language() == "en"
    assert "<th" in plan.task(18)._repr_html_()
    assert ">Lead<" in plan.task(18)._repr_html_()


def test_set_language_changes_the_html(plan, chinese):
    assert dg_plan.get_language() == "zh"
    card = plan.task(18)._repr_html_()
    assert ">牵头单位<" in card
    assert ">完成时限<" in card
    assert ">页码<" in card
    assert ">Lead<" not in card
    table = export.table(plan.tasks_for("省审计厅"))._repr_html_()
    assert ">序号<" in table
    assert ">负责单位<" in table  # Role.RESPONSIBLE (issue 23: 责任单位 is every unit)
    rows = export.table(plan.responsibilities("省审计厅"))._repr_html_()
    assert ">牵头<" in rows or ">负责<" in rows
    dg_plan.set_language("en")
    assert ">Lead<" in plan.task(18)._repr_html_()


def test_set_language_reads_language_codes():
    try:
        for code, expected in (("zh_CN", "zh"), ("zh-Hans", "zh"), ("en_US", "en")):
            dg_plan.set_language(code)
            assert dg_plan.get_language() == expected
        with pytest.raises(dg_plan.InvalidQueryError):
            dg_plan.set_language("fr")
    finally:
        dg_plan.set_language("en")
    assert dg_plan.get_language() == "en"


def test_a_language_for_a_while_stays_in_its_thread():
    seen = {}

    def worker():
        with _i18n.using("zh"):
            seen["inside"] = _i18n.gettext("Lead")
            barrier.wait()
            barrier.wait()

    barrier = threading.Barrier(2)
    thread = threading.Thread(target=worker)
    thread.start()
    barrier.wait()
    seen["outside"] = _i18n.gettext("Lead")
    barrier.wait()
    thread.join()
    assert seen == {"inside": "牵头单位", "outside": "Lead"}


def test_plots_follow_the_language(plan):
    plot = pytest.importorskip("dg_plan.plot")
    plt = pytest.importorskip("matplotlib.pyplot")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", plot.CJKFontWarning)
        try:
            assert plot.workload(plan, top=3).get_xlabel() == "Number of tasks"
            assert plot.workload(plan, top=3, language="zh").get_xlabel() == "任务数"
            dg_plan.set_language("zh")
            ax = plot.timeline(plan)
            assert ax.get_ylabel() == "任务数"
            assert "各完成时限的任务" in ax.get_title()
            legend = [t.get_text() for t in plot.workload(plan, top=3).get_legend().get_texts()]
            assert legend[:2] == ["牵头", "负责"]
            texts = {t.get_text() for t in plot.graph(plan, [plan.task(18)]).texts}
            assert {"单位（牵头项数／全部项数）", "任务", "涉及平台"} <= texts
            # No ASCII slash or bracket in a Chinese label (issue 23: 单位 (25/40)).
            assert [t for t in texts if re.search(r"[/()]", t)] == []
            assert plot.timeline(plan, language="en").get_ylabel() == "Number of tasks"
            with pytest.raises(dg_plan.InvalidQueryError):
                plot.timeline(plan, language="fr")
        finally:
            dg_plan.set_language("en")
            plt.close("all")


# -- the command line's renderings of the library's errors ----------------------------------


def _rendered(capsys, exc, language="zh"):
    with _i18n.using(language):
        if isinstance(exc, (dg_plan.UnknownNameError, dg_plan.UnknownTaskError)):
            return errors.not_found(exc) + "\n"
        return errors.failure(exc)


def test_renderings_of_errors_the_commands_rarely_meet(capsys):
    err = _rendered(capsys, dg_plan.UnknownUnitError("省发改厅", ["省发展改革委"], task=18))
    assert err.splitlines()[:2] == ["dg-plan：第18项任务不涉及单位“省发改厅”", "相近的单位有："]
    err = _rendered(capsys, dg_plan.UnknownTaskError(3, None, None))
    assert err.strip() == "dg-plan：第3项任务不存在（本清单中没有任务）"
    bad = dg_plan.PlanDataError("expected a str", "$.tasks[3].text", 3)
    assert _rendered(capsys, bad) == (
        "dg-plan：清单数据文件格式有误：expected a str（位置：$.tasks[3].text，值：3）"
    )
    assert _rendered(capsys, bad, "en") == f"dg-plan: the plan file is malformed: {bad}"
    missing = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "plan.json")
    assert _rendered(capsys, missing) == "dg-plan：文件或文件夹不存在：“plan.json”"
    odd = OSError(errno.EIO, "Input/output error", "plan.json")
    assert _rendered(capsys, odd) == "dg-plan：Input/output error：“plan.json”"
    assert _rendered(capsys, ImportError("needs openpyxl")) == "dg-plan：needs openpyxl"
    with _i18n.using("zh"):
        assert errors.location(None) == "（文本）"
        weird = dg_plan.InvalidQueryError("some new reason", "fresh", 1)
        assert errors.query_error(weird) == "some new reason（fresh为“1”）"
        assert parser.argparse_plurals(2) == ("需要%s个值", "选项字符串冲突：%s")
    assert parser.argparse_plurals(2) == ("expected %s arguments", "conflicting option strings: %s")


def test_a_bad_plan_file_in_chinese(tmp_path):
    bad = tmp_path / "plan.json"
    bad.write_text('{"format_version": 2}', encoding="utf-8")
    result = call("--lang", "zh", "--plan", str(bad), "overview")
    assert result.returncode == 1
    assert result.stderr.startswith("dg-plan：清单数据文件格式有误：")


def test_help_aligns_chinese_metavars_by_display_width():
    out = ok("--lang", "zh", "due", "--help")
    columns = set()
    for line in out.splitlines():
        found = re.match(r"(  -\S.*?\s{2,})(\S.*)$", line)
        if found:
            columns.add(terminal.width(found[1]))
    # The help column is argparse's, after the widest invocation (--undated [类型] since
    # reader15: its choices are in its help, no more in the invocation).
    assert "  --by 日期            于该日期" in out
    assert columns == {terminal.width("  -h, --help           ")}


def test_more_renderings(capsys):
    err = _rendered(capsys, dg_plan.UnknownNameError("X", "thing"))
    assert err.strip() == "dg-plan：未找到名为“X”的thing"
    long = dg_plan.PlanDataError("expected a str", "$", "长" * 100)
    assert _rendered(capsys, long).endswith("长...）")
    problems = dg_plan.TrackingDataError(
        [
            dg_plan.TrackingProblem("bad", "值" * 100, report=2, column="status"),
            dg_plan.TrackingProblem("bad", 1, file="a.xlsx", row=5),
        ]
    )
    lines = _rendered(capsys, problems).splitlines()
    assert lines[0] == "dg-plan：读取文件时发现2处问题："
    assert lines[1].startswith("  第2条报送记录、status：bad（值：值")
    # As collect lists a file set aside: on the form's sheet, with 。 (reader14).
    assert lines[2] == "  “a.xlsx”“填报”表第5行：bad（填写内容：1）。"
    assert _rendered(capsys, OSError("plain")) == "dg-plan：plain"
    assert _rendered(capsys, OSError(errno.EACCES, "Permission denied")) == "dg-plan：权限不足"


def test_unit_without_tasks_in_a_role_and_lang_after_the_separator():
    out = ok("--lang", "zh", "unit", "省审计厅", "--role", "support")
    # The unit by its name, as every list of tasks names it; the full name on a line of its
    # own under a heading (the nineteenth reader), none under a sentence saying no task.
    assert out.strip() == "省审计厅无配合任务。"
    assert ok("--lang", "zh", "unit", "省审计厅").startswith("省审计厅：共1项任务")
    # After "--", "--lang" is an argument, not the option: the locale decides.
    result = call("search", "--", "--lang", "zh")
    assert result.returncode == 0
    assert result.stdout.startswith("Search “--lang zh”: no tasks")


def test_argparses_plural_messages_are_its_own_outside_dg_plan():
    assert call("--lang", "zh", "overview").returncode == 0
    assert vars(argparse)["ngettext"]("expected %s argument", "expected %s arguments", 2) == (
        "expected %s arguments"
    )


def test_using_none_keeps_an_outer_override():
    # The docstring's promise: None keeps the language in force, an outer using() too.
    with _i18n.using("zh"):
        with _i18n.using(None) as inner:
            assert inner == "zh"
            assert _i18n.current() == "zh"
        assert _i18n.current() == "zh"
    with _i18n.using("en"), _i18n.using(None) as inner:
        assert inner == "en"
