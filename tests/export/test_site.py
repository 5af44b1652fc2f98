"""The static site (dg_plan.site, dg-plan site), read as files: links, structure, content.

The pages are parsed with html.parser (tests/helpers/site_pages.py); the expected
values come from the printed source, the docs' examples or a rule stated here, not
from the site's own code. test_site_browser.py runs the same site in Chromium.
"""

from __future__ import annotations

import datetime
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import dg_plan
from dg_plan import site, tracking
from dg_plan import strategies as dst
from dg_plan.tracking import Ledger, Report, Status
from helpers.cli import call
from helpers.site_pages import read_page, search_index, target, task_numbers

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "sources" / "000_7b812aca85ed3779.txt"
CJK = re.compile(r"[\u3400-\u9fff]")
LANGS = {"zh": "zh-CN", "en": "en"}
# Names a Chinese sentence keeps in Latin letters.
NAMES = frozenset({"dg_plan", "JavaScript"})


@pytest.fixture(scope="module")
def built(plan, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    return site.build(plan, folder)


@pytest.fixture(scope="module")
def pages(built):
    return {p: read_page(built.folder / p) for p in built.pages if p.endswith(".html")}


def _page_by_h1(pages, prefix, heading):
    found = [
        p
        for name, p in pages.items()
        if name.startswith(prefix) and p.headings and p.headings[0][1] == heading
    ]
    assert len(found) == 1, (prefix, heading, len(found))
    return found[0]


def _fields(page):
    return {term: (text, hrefs) for dl in page.fields for term, text, hrefs in dl}


# -- links and offline ---------------------------------------------------------------------


def test_every_link_on_every_page_resolves(built, pages):
    ids = {page.path.resolve(): set(page.ids) for page in pages.values()}
    for name, page in pages.items():
        for reference in page.references:
            path, fragment = target(page.path, reference)
            assert path.is_file(), (name, reference)
            if fragment:
                assert fragment in ids[path], (name, reference)
    # And every file written is reachable: no page stands alone but the entry page.
    reached = {target(page.path, r)[0] for page in pages.values() for r in page.references} | {
        built.index.resolve()
    }
    assert {(built.folder / p).resolve() for p in built.pages} <= reached


def test_nothing_is_fetched_from_the_network(built, pages):
    for page in pages.values():
        for reference in page.references:
            assert "://" not in reference
            assert not reference.startswith("//")
    for name in built.pages:
        text = (built.folder / name).read_text(encoding="utf-8")
        for word in ("http://", "https://", "url(", "@import", "fetch(", "XMLHttpRequest"):
            assert word not in text, (name, word)


# -- accessibility -------------------------------------------------------------------------


def test_every_page_declares_its_language(pages):
    for name, page in pages.items():
        language = name.split("/")[0]
        assert page.lang == LANGS.get(language, "zh-CN"), name
        assert page.title.strip(), name


def test_every_page_has_one_h1_and_its_headings_in_order(pages):
    for name, page in pages.items():
        levels = [level for level, _text in page.headings]
        assert levels[0] == 1, name
        assert levels.count(1) == 1, name
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, (name, page.headings)
        assert all(text for _level, text in page.headings), name


def test_every_field_has_a_label_and_every_link_text(pages):
    for name, page in pages.items():
        fields = [i for i in page.inputs if i.get("type") not in {"hidden", "submit"}]
        for field in fields:
            assert field.get("id") in page.labels, (name, field)
        for link in page.links:
            assert link.text.strip(), (name, link.href)
        assert len(page.ids) == len(set(page.ids)), name


def test_the_english_pages_mark_the_chinese_they_quote(pages):
    # The plan's data are Chinese: on an English page each piece of it, and each name
    # an English sentence quotes, is marked lang="zh-CN", so that a screen reader
    # reads it as Chinese.
    for name, page in pages.items():
        if not name.startswith("en/"):
            continue
        for text, lang, _classes in page.texts:
            if CJK.search(text):
                assert lang == "zh-CN", (name, text)


def test_each_page_links_to_itself_in_the_other_language(pages):
    for name, page in pages.items():
        language, _, rest = name.partition("/")
        if language not in LANGS:
            continue
        other = "en" if language == "zh" else "zh"
        switch = [link for link in page.links if link.attrs.get("hreflang") == LANGS[other]]
        assert len(switch) == 1, name
        assert switch[0].attrs.get("lang") == LANGS[other]
        assert target(page.path, switch[0].href)[0] == pages[f"{other}/{rest}"].path.resolve()


# -- content -------------------------------------------------------------------------------


def test_the_home_page_counts_each_part_as_the_print_declares(pages):
    # The print declares each part's count in its heading: 一、…（共70项）.
    declared = {
        numeral: int(count)
        for numeral, count in re.findall(
            r"(?m)^([一二三四])、.*?\(共(\d+)项\)", SOURCE.read_text(encoding="utf-8")
        )
    }
    assert declared == {"一": 70, "二": 32, "三": 44, "四": 32}
    home = pages["zh/index.html"]
    html = home.path.read_text(encoding="utf-8")
    for numeral, count in declared.items():
        row = re.search(
            rf'<tr class="part"><td><a [^>]*>{numeral}、[^<]*</a></td><td class="n">(\d+)</td>',
            html,
        )
        assert row is not None, numeral
        assert int(row.group(1)) == count
    assert _fields(home)["任务数"][0] == str(sum(declared.values()))
    # The print is dated 2023年4月26日 (豫政〔2023〕17号); Chinese pages write days so.
    assert _fields(home)["印发日期"][0] == "2023年4月26日"


def test_a_tasks_page_gives_its_units_under_the_prints_role_words(pages):
    # The docs: task 50 is led by 省审计厅; task 11 names no lead, and its four units
    # are responsible (省应急管理厅，各省辖市政府、济源示范区管委会、航空港区管委会按职责分工负责).
    t50 = _fields(pages["zh/tasks/50.html"])
    assert t50["牵头单位"][0] == "省审计厅"
    t11 = _fields(pages["zh/tasks/11.html"])
    assert "牵头单位" not in t11
    assert t11["负责单位"][0].split("、") == [
        "省应急管理厅",
        "各省辖市政府",
        "济源示范区管委会",
        "航空港区管委会",
    ]
    assert t11["清单所列责任单位"][0] == (
        "省应急管理厅，各省辖市政府、济源示范区管委会、航空港区管委会按职责分工负责"
    )
    # Task 18: led by 省行政审批政务信息管理局, due 2023年12月底前, mentions 豫事办, page 47.
    t18 = _fields(pages["zh/tasks/18.html"])
    assert t18["牵头单位"][0] == "省行政审批政务信息管理局"
    assert t18["完成时限"][0] == "2023年12月底前"
    assert t18["完成时限"][1][0].endswith("deadlines/2023-12-31.html")
    assert t18["涉及平台"][0] == "豫事办"
    # Its provenance as show says it (出处：原文第47页), not 页码 47.
    assert t18["出处"][0] == "原文第47页"
    assert "页码" not in t18
    english = _fields(pages["en/tasks/18.html"])
    assert english["Lead units"][0].startswith("省行政审批政务信息管理局")
    assert english["Deadline"][0] == "by 2023-12-31"


def test_supporting_units_stand_under_the_support_word(plan, tmp_path):
    # The shipped plan names no supporting unit; a plan whose task 50 reads
    # 省审计厅牵头，省直相关部门配合 shows 省直相关部门 under 配合单位.
    data = json.loads(dg_plan.dumps(plan))
    task = data["tasks"][49]
    assert task["number"] == 50
    task.update(
        units=["省审计厅", "省直相关部门"],
        leads=["省审计厅"],
        support=["省直相关部门"],
        units_text="省审计厅牵头，省直相关部门配合",
    )
    task.pop("provenance", None)
    written = site.build(dg_plan.loads(json.dumps(data)), tmp_path)
    shown = _fields(read_page(written.folder / "zh" / "tasks" / "50.html"))
    assert shown["牵头单位"][0] == "省审计厅"
    assert shown["配合单位"][0] == "省直相关部门"
    assert "负责单位" not in shown


def test_a_units_page_lists_its_tasks(plan, pages):
    # The docs: 省审计厅 answers for task 50 only, as its lead.
    audit = _page_by_h1(pages, "zh/units/", "省审计厅")
    assert task_numbers(audit) == [50]
    assert [h for _l, h in audit.headings][1:] == ["任务", "作为牵头单位（1项任务）"]
    # A city answers for the tasks of 各省辖市政府 through it: its page links there.
    city = _page_by_h1(pages, "zh/units/", "洛阳市人民政府")
    collective = _page_by_h1(pages, "zh/units/", "各省辖市政府")
    links = [target(city.path, link.href)[0] for link in city.links]
    assert collective.path.resolve() in links
    naming = [t.number for t in plan.tasks if "各省辖市政府" in t.units_text]
    assert sorted(task_numbers(collective)) == sorted(naming)


def test_a_city_page_says_collective_in_the_glossarys_words(built, pages):
    # The glossary: a collective is a 统称单位, what a unit belongs to its 所属统称;
    # 集合单位 is not the site's word.
    city = _page_by_h1(pages, "zh/units/", "洛阳市人民政府")
    html = city.path.read_text(encoding="utf-8")
    assert "所属统称" in html
    # Chinese puts no space after its full-width colon (通过所属统称承担的任务：<a>各省辖市政府).
    assert "所属统称承担的任务：<a" in html
    assert not re.search(r"：\s", html)
    every = "".join(
        (built.folder / name).read_text(encoding="utf-8")
        for name in built.pages
        if name.startswith("zh/") and name.endswith((".html", ".js"))
    )
    assert "集合单位" not in every


def test_each_deadline_page_lists_the_tasks_printed_with_that_deadline(plan, pages):
    listed = {}
    for name, page in pages.items():
        if name.startswith("zh/deadlines/") and name != "zh/deadlines/index.html":
            listed[page.headings[0][1]] = task_numbers(page)
    by_print = {}
    for task in plan.tasks:
        by_print.setdefault(str(task.deadline), []).append(task.number)
    assert listed == by_print
    # The docs: due in 2023H1 are tasks 2 and 37.
    assert listed["2023年6月底前"] == [2, 37]


def test_the_search_index_holds_every_task(plan, built):
    for language in LANGS:
        entries = search_index(built.folder / language / "search-index.js")
        assert [(e[0], e[1]) for e in entries] == [(t.number, t.text) for t in plan.tasks]
        for number, _text, _folded, _due, href in entries:
            assert (built.folder / language / href).is_file()
            assert href == f"tasks/{number}.html"


def test_importing_dg_plan_does_not_import_the_site():
    code = "import sys, dg_plan; print('dg_plan.site' in sys.modules, dg_plan.site.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "dg_plan.site"]


# -- a ledger --------------------------------------------------------------------------------


def test_the_site_shows_a_ledgers_status(plan, tmp_path):
    day = datetime.date(2024, 1, 31)
    reports = (
        Report(50, "省审计厅", Status.DONE, datetime.date(2024, 1, 5), datetime.date(2024, 1, 4)),
        Report(18, "省行政审批政务信息管理局", Status.IN_PROGRESS, datetime.date(2024, 1, 10)),
    )
    written = site.build(plan, tmp_path, Ledger(plan, reports))
    home = read_page(tmp_path / "zh" / "index.html")
    # Without as_of, the day of the latest report.
    assert ("截至2024年1月10日的推进情况") in [h for _l, h in home.headings]
    written = site.build(plan, tmp_path, Ledger(plan, reports), as_of=day)
    home = read_page(written.folder / "zh" / "index.html")
    assert "截至2024年1月31日的推进情况" in [h for _l, h in home.headings]
    # Late: dated tasks due before the day that no report says are done (task 50's is).
    late = [
        t.number for t in plan.tasks if t.deadline.date and t.deadline.date < day and t.number != 50
    ]
    assert late
    late_page = home.path.read_text(encoding="utf-8").split("<h3>逾期未完成</h3>")[-1]
    assert re.findall(r'href="tasks/(\d+)\.html"', late_page) == [str(n) for n in late]
    t50 = _fields(read_page(written.folder / "zh" / "tasks" / "50.html"))
    # The task's status beside its standing: 任务状态, as the glossary says where both show.
    assert t50["任务状态"][0].startswith("已完成")
    t18 = read_page(written.folder / "zh" / "tasks" / "18.html")
    assert _fields(t18)["任务状态"][0].startswith("推进中")
    # The reported status, and apart from it where the task stands (完成情况): due by
    # 2023年12月底前 and in progress on 2024-01-31, it is late.
    assert _fields(t18)["完成情况"][0] == "逾期未完成"
    # One task's progress is its 进展情况; 推进情况 is the whole plan's (the home page's).
    assert "截至2024年1月31日的进展情况" in [h for _l, h in t18.headings]
    assert not any("推进情况" in h for _l, h in t18.headings)
    assert "省行政审批政务信息管理局" in t18.path.read_text(encoding="utf-8").split("报告")[-1]
    en18 = _fields(read_page(written.folder / "en" / "tasks" / "18.html"))
    assert en18["Status"][0].startswith("in progress")


def test_wrong_arguments_say_what_is_wrong(plan, tmp_path):
    with pytest.raises(dg_plan.InvalidTypeError, match=r"needs a dg_plan\.Plan, got Task"):
        site.build(plan.task(1), tmp_path)
    data = json.loads(dg_plan.dumps(plan))
    data["metadata"]["title"] += "（修订）"
    other = dg_plan.loads(json.dumps(data))
    with pytest.raises(dg_plan.InvalidTypeError, match="of another plan"):
        site.build(plan, tmp_path, Ledger(other, ()))
    with pytest.raises(dg_plan.InvalidQueryError):
        site.build(plan, tmp_path, Ledger(plan, ()))  # no report to take the day from
    with pytest.raises(dg_plan.InvalidQueryError):
        site.build(plan, tmp_path, Ledger(plan, ()), as_of="2024-02-30")


# -- the command line ------------------------------------------------------------------------


def test_the_command_writes_the_site(tmp_path):
    folder = tmp_path / "plan-site"
    result = call("--lang", "en", "site", str(folder))
    assert result.returncode == 0, result.stderr
    assert (folder / "zh" / "tasks" / "178.html").is_file()
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    assert result.stdout == (
        f"wrote a site of {files} files into {folder}; open {folder / 'index.html'} in a browser\n"
    )
    chinese = call("--lang", "zh", "site", str(folder))
    assert chinese.stdout.startswith(f"已在“{folder}”文件夹中生成网站，共{files}个文件")


def test_the_command_reads_a_ledger(plan, tmp_path):
    ledger = tmp_path / "ledger.json"
    reports = (Report(50, "省审计厅", Status.IN_PROGRESS, datetime.date(2024, 3, 1)),)
    ledger.write_text(tracking.dumps(Ledger(plan, reports)), encoding="utf-8")
    folder = tmp_path / "s"
    result = call("site", str(folder), "--ledger", str(ledger), "--as-of", "2024-06-30")
    assert result.returncode == 0, result.stderr
    home = read_page(folder / "en" / "index.html")
    assert "Status on 2024-06-30" in [h for _l, h in home.headings]
    assert call("site", str(folder), "--as-of", "2024-06-30").returncode == 2


# -- any plan --------------------------------------------------------------------------------


@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=dst.plans())
def test_any_plans_site_has_every_page_and_no_broken_link(plan, tmp_path_factory):
    folder = tmp_path_factory.mktemp("any")
    written = site.build(plan, folder)
    for language in LANGS:
        for task in plan.tasks:
            assert f"{language}/tasks/{task.number}.html" in written.pages
        entries = search_index(folder / language / "search-index.js")
        assert [e[1] for e in entries] == [t.text for t in plan.tasks]
    for name in written.pages:
        if not name.endswith(".html"):
            continue
        page = read_page(folder / name)
        assert [level for level, _t in page.headings].count(1) == 1, name
        for reference in page.references:
            path, _fragment = target(page.path, reference)
            assert path.is_file(), (name, reference)


def test_the_chinese_pages_speak_chinese(plan, pages):
    # Every word of the interface on a Chinese page (headings, field names, table
    # headers, labels, buttons, links that are not data) is Chinese; the only Latin
    # words are the link to the English edition (marked lang="en") and what the plan's
    # own data hold.
    data = " ".join(
        [t.text for t in plan.tasks]
        + [u.name for u in plan.units]
        + [p.name for p in plan.platforms]
    )
    latin = re.compile(r"[A-Za-z_]{2,}")
    for name, page in pages.items():
        if not name.startswith("zh/"):
            continue
        for text, lang, _classes in page.texts:
            for word in latin.findall(text):
                assert lang == "en" or word in data or word in NAMES, (name, text)


def test_a_tasks_page_links_the_tasks_its_printed_cells_span(plan, pages):
    # Tasks 126-130 share their printed deadline and unit cells (page 68 of the print).
    shown = _fields(pages["zh/tasks/127.html"])
    for field in ("完成时限单元格与下列任务共用", "责任单位单元格与下列任务共用"):
        text, hrefs = shown[field]
        assert [h.rsplit("/", 1)[1] for h in hrefs] == [f"{n}.html" for n in (126, 128, 129, 130)]
        assert text == "第126项、第128项、第129项、第130项"
    assert shown["出处"][0] == "原文第68页"
    english = read_page(pages["en/tasks/2.html"].path)
    notes = [t for t, lang, classes in english.texts if "notes" in classes and lang == "en"]
    assert " restored: " in notes


def test_a_tasks_notes_are_sentences_as_show_says_them(pages):
    # The ninth reader: 备注 and 其他解读 end in 。 on the site as in show.
    said = [
        text
        for name, page in pages.items()
        if name.startswith("zh/tasks/")
        for text, _lang, classes in page.texts
        if "notes" in classes
    ]
    assert said
    assert [t for t in said if not t.endswith("。")] == []
    assert any(t.endswith("可资印证。") for t in said)


def test_a_task_naming_no_unit_links_to_no_unit_page(tmp_path):
    # An imported list whose second task prints no unit: the importer gives it a
    # placeholder so the task keeps a unit column, but the site must not present the
    # placeholder as a unit (no page, no row in the units index, no link).
    source = tmp_path / "list.txt"
    source.write_text(
        "某市重点任务分工\n1. 建设政务外网。（市数据局牵头）\n2. 推进数据共享。\n", encoding="utf-8"
    )
    plan = dg_plan.importing.read(source, strict=False).plan
    written = site.build(plan, tmp_path / "site")
    unit_pages = sorted((written.folder / "en" / "units").glob("[0-9]*.html"))
    assert len(unit_pages) == 1  # 市数据局 only
    index = (written.folder / "en" / "units" / "index.html").read_text(encoding="utf-8")
    assert "市数据局" in index
    for placeholder in {u.name for u in plan.units} - {"市数据局"}:
        assert placeholder not in index
    task = (written.folder / "en" / "tasks" / "2.html").read_text(encoding="utf-8")
    assert "units/" not in task.split("<h1", 1)[1].split("</main>", 1)[0].replace(
        'href="../units/index.html"', ""
    )
