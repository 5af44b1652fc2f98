"""Issues 21 and 23: what the round-10 users left in tracking's wording, each fixed.

1. collect says each count as its own sentence on its own line (no …；另有…；另有…).
2. A long list of units (未报回, 已报回待修改…) is a counted heading, then a unit a line,
   as the files in the way of a template are listed; three units or fewer stay in a line.

The expected Chinese is written from the requirement (the glossary's words), not copied
from the output.
"""

from __future__ import annotations

import shutil

import pytest

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import PLAN

AUDIT, JUSTICE = "省审计厅", "省司法厅"


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    """A round's templates, one for every unit that can receive one, and sent.csv."""
    folder = tmp_path_factory.mktemp("round") / "sent"
    tracking.write_templates(PLAN, folder, as_of="2024-06-30")
    return folder


def _collect(tmp_path, sent, *units, lang="zh"):
    """collect of *units*' templates returned blank (each set aside), with --sent."""
    returned = tmp_path / "returned"
    returned.mkdir()
    for unit in units:
        shutil.copy(sent / f"{unit}.xlsx", returned)
    return call(
        "--lang", lang, "track", "collect", str(returned), "--sent", str(sent),
        "-o", str(tmp_path / "ledger.json"),
    )  # fmt: skip


def _sent_units(sent):
    return [p.stem for p in sent.glob("*.xlsx")]


def _named(line, units):
    """How many of *units* *line* names, each joined to the next by 、."""
    return sum(f"{u}、" in line or f"、{u}" in line for u in units)


# -- 1. collect's counts, a sentence a line ------------------------------------------------


def test_collect_says_each_count_as_its_own_sentence(tmp_path, sent):
    result = _collect(tmp_path, sent, AUDIT, JUSTICE)
    assert result.returncode == 3, result.stderr
    lines = result.stdout.splitlines()
    # No file went into the ledger: said first, a whole sentence; the two set aside
    # are a sentence of their own on the next line, not a clause after 另有.
    assert lines[0].endswith("没有文件汇入。"), lines[0]
    assert lines[1] == "2个文件存在问题，已搁置待退回修改。", lines[:3]
    assert "另有" not in result.stdout
    assert "；" not in lines[0]


def test_collect_says_each_count_apart_in_english_too(tmp_path, sent):
    result = _collect(tmp_path, sent, AUDIT, JUSTICE, lang="en")
    lines = result.stdout.splitlines()
    assert ";" not in lines[0], lines[0]
    assert lines[1].startswith("2 files set aside"), lines[:3]


# -- 2. many units: a counted heading, one a line -----------------------------------------


def test_many_units_not_returned_are_listed_one_a_line(tmp_path, sent):
    result = _collect(tmp_path, sent, AUDIT, JUSTICE)
    silent = [u for u in _sent_units(sent) if u not in (AUDIT, JUSTICE)]
    assert len(silent) > 3
    lines = result.stdout.splitlines()
    head = f"已下发填报表但未报回（{len(silent)}个单位）："
    assert head in lines, result.stdout
    under = lines[lines.index(head) + 1 : lines.index(head) + 1 + len(silent)]
    assert sorted(u.strip() for u in under) == sorted(silent)
    assert all(line.startswith("  ") for line in under)
    # No line strings units together with 、.
    assert not any(_named(line, silent) > 3 for line in lines), result.stdout


def test_chase_lists_many_units_one_a_line(tmp_path, sent):
    _collect(tmp_path, sent, AUDIT, JUSTICE)
    result = call(
        "--lang", "zh", "track", "chase", str(tmp_path / "ledger.json"), "--as-of",
        "2024-06-30", "--sent", str(sent),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    silent = len(_sent_units(sent)) - 2
    assert f"未报回（需催报，{silent}个单位）：" in lines, result.stdout
    # Two units set aside: few enough to stay in one line.
    assert f"已报回待修改：{JUSTICE}、{AUDIT}" in lines or (
        f"已报回待修改：{AUDIT}、{JUSTICE}" in lines
    ), result.stdout
    units = _sent_units(sent)
    assert not any(_named(line, units) > 3 for line in lines), result.stdout


# -- 3. template --all: only a template in the way may be a filled return ------------------


def test_the_list_of_units_sent_alone_in_the_way_is_named_as_what_it_is(tmp_path):
    folder = tmp_path / "sent"
    folder.mkdir()
    (folder / "sent.csv").write_text("单位\n", encoding="utf-8")
    result = call(
        "--lang", "zh", "track", "template", "--all", str(folder), "--as-of", "2024-06-30"
    )
    assert result.returncode == 1
    # sent.csv is the list of units sent (下发名单), never a unit's filled return.
    assert "已填报" not in result.stderr, result.stderr
    assert "下发名单" in result.stderr, result.stderr
    assert "sent.csv" in result.stderr, result.stderr
    english = call("--lang", "en", "track", "template", "--all", str(folder), "--as-of", "2024-06")
    assert "filled return" not in english.stderr, english.stderr


def test_templates_and_the_list_in_the_way_only_the_templates_may_be_returns(tmp_path):
    folder = tmp_path / "sent"
    folder.mkdir()
    (folder / "sent.csv").write_text("单位\n", encoding="utf-8")
    tracking.write_template(PLAN, AUDIT, folder / f"{AUDIT}.xlsx", as_of="2024-06-30")
    result = call(
        "--lang", "zh", "track", "template", "--all", str(folder), "--as-of", "2024-06-30"
    )
    assert result.returncode == 1
    said = result.stderr
    # The template may be a filled return; the list is named as the list, not as one.
    template = str(folder / f"{AUDIT}.xlsx")
    assert f"其中 {template} 可能是已填报的文件" in said, said
    assert "下发名单可能已修改" in said, said
    assert f"{folder / 'sent.csv'} 可能是已填报" not in said


# -- 7, 8. whole sentences: nothing late, and what a command made --------------------------


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "ledger.json"
    path.write_text(tracking.dumps(tracking.Ledger(PLAN, [])), encoding="utf-8")
    return path


def test_nothing_late_is_a_whole_sentence(ledger):
    # Before any deadline of the plan: no task is late.
    zh = call("--lang", "zh", "track", "late", str(ledger), "--as-of", "2023-01-01")
    assert zh.returncode == 0, zh.stderr
    assert zh.stdout == "截至2023年1月1日，无逾期未完成任务。\n"
    en = call("--lang", "en", "track", "late", str(ledger), "--as-of", "2023-01-01")
    assert en.stdout.startswith("As of "), en.stdout
    assert en.stdout.endswith(", no task is late.\n"), en.stdout


def test_template_says_what_it_made_for_whom_in_a_sentence(tmp_path):
    path = tmp_path / "audit.xlsx"
    zh = call("--lang", "zh", "track", "template", AUDIT, str(path), "--as-of", "2024-06-30")
    assert zh.returncode == 0, zh.stderr
    count = len(PLAN.tasks_for(AUDIT))
    assert zh.stdout == (
        f"已为{AUDIT}生成填报表“{path}”，共{count}项任务，统计截止日期为2024年6月30日。\n"
    )
    en = call("--lang", "en", "track", "template", AUDIT, str(tmp_path / "a.xlsx"), "--as-of",
              "2024-06-30")  # fmt: skip
    assert en.stdout.startswith("Wrote "), en.stdout
    assert en.stdout.endswith(".\n"), en.stdout
    assert AUDIT in en.stdout


def test_templates_all_ends_its_sentence(tmp_path):
    zh = call("--lang", "zh", "track", "template", "--all", str(tmp_path / "s"), "--as-of",
              "2024-06-30")  # fmt: skip
    first = zh.stdout.splitlines()[0]
    assert first.endswith("下发名单见“sent.csv”。"), first
    assert first.startswith("已生成截至2024年6月30日的填报表")


@pytest.mark.parametrize("suffix", [".html", ".xlsx", ".docx"])
def test_report_says_what_it_made_in_a_sentence(ledger, tmp_path, suffix):
    path = tmp_path / f"report{suffix}"
    zh = call("--lang", "zh", "track", "report", str(ledger), "--as-of", "2024-06-30", "-o",
              str(path))  # fmt: skip
    assert zh.returncode == 0, zh.stderr
    assert zh.stdout == f"已生成截至2024年6月30日的督办报告“{path}”。\n"
    en = call("--lang", "en", "track", "report", str(ledger), "--as-of", "2024-06-30", "-o",
              str(path))  # fmt: skip
    assert en.stdout.startswith("Wrote the supervision report ")
    assert en.stdout.endswith(".\n")


def test_collect_with_no_file_read_names_the_ledger_in_a_sentence(tmp_path, sent):
    result = _collect(tmp_path, sent, AUDIT)
    first = result.stdout.splitlines()[0]
    assert first == f"已写入台账“{tmp_path / 'ledger.json'}”，没有文件汇入。", first


# -- 6. the rate's footnote names the day -------------------------------------------------

# Stated on the columns, status's categories (reader 15, fault 3), the day named.
RATE = (
    "按时完成率＝按时完成÷（按时完成＋逾期完成＋逾期未完成＋到期未完成），"
    "即截至统计截止日期已完成或已到期的任务中按时完成的比例"
)


def _texts(path):
    """Every text of a written report: the page, the workbook's cells, the document's."""
    if path.suffix == ".html":
        return path.read_text("utf-8")
    if path.suffix == ".xlsx":
        import openpyxl  # noqa: PLC0415

        book = openpyxl.load_workbook(path)
        return "\n".join(
            str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row if c
        )
    import docx  # noqa: PLC0415

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize("suffix", [".html", ".xlsx", ".docx"])
def test_the_rate_footnote_names_the_as_of_day_in_every_report(ledger, tmp_path, suffix):
    path = tmp_path / f"report{suffix}"
    tracking.report(tracking.loads(PLAN, ledger.read_text("utf-8")), "2024-06-30", path,
                    language="zh")  # fmt: skip
    text = _texts(path)
    assert RATE in text
    assert "截至当日已到期" not in text


def test_the_scorecards_footnote_names_the_as_of_day(ledger):
    out = call("--lang", "zh", "track", "scorecard", str(ledger), "--as-of", "2024-06-30").stdout
    assert RATE in out
    assert "截至当日" not in out
    en = call("--lang", "en", "track", "scorecard", str(ledger), "--as-of", "2024-06-30").stdout
    assert "of the tasks done or due by the as-of day" in en


# -- 4. notices signed with the placeholder: said once a run ------------------------------

SIGNED = "通知落款为“（发文单位）”，可在文档中填写，也可用 --office 指定发文单位。"


@pytest.mark.parametrize("office", [None, "省政府督查室"])
def test_collect_says_once_that_the_notices_are_signed_with_the_placeholder(tmp_path, sent, office):
    returned = tmp_path / "returned"
    returned.mkdir()
    for unit in (AUDIT, JUSTICE):  # two notices, one sentence
        shutil.copy(sent / f"{unit}.xlsx", returned)
    signed = [] if office is None else ["--office", office]
    result = call(
        "--lang", "zh", "track", "collect", str(returned), "-o", str(tmp_path / "l.json"),
        "--notices", str(tmp_path / "n"), *signed,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert result.stdout.count(SIGNED) == (1 if office is None else 0), result.stdout


@pytest.mark.parametrize("office", [None, "省政府督查室"])
def test_chase_says_once_that_the_notices_are_signed_with_the_placeholder(tmp_path, sent, office):
    _collect(tmp_path, sent, AUDIT)
    signed = [] if office is None else ["--office", office]
    result = call(
        "--lang", "zh", "track", "chase", str(tmp_path / "ledger.json"), "--as-of", "2024-06-30",
        "--sent", str(sent), "--notices", str(tmp_path / "c"), "--date", "2024-07-01", *signed,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(SIGNED) == (1 if office is None else 0), result.stdout
    english = call(
        "--lang", "en", "track", "chase", str(tmp_path / "ledger.json"), "--as-of",
        "2024-06-30", "--notices", str(tmp_path / "c2"), "--date", "2024-07-02",
    )  # fmt: skip
    assert english.stdout.count("--office") == 1, english.stdout


# -- 5. a report contradicting another round: labelled for the office to check --------------


def test_a_contradicting_report_is_labelled_to_check_not_a_routine_note(tmp_path):
    import datetime  # noqa: PLC0415

    from helpers.tracking_example import BIANBAN  # noqa: PLC0415
    from helpers.workbooks import fill  # noqa: PLC0415

    june, july = datetime.date(2024, 6, 30), datetime.date(2024, 7, 31)
    book = tmp_path / "ledger.json"
    # 省委编办 said task 53 in progress in June, done on 2024-07-08 in July.
    book.write_text(
        tracking.dumps(
            tracking.Ledger(
                PLAN,
                [
                    tracking.Report(53, BIANBAN, tracking.Status.IN_PROGRESS, june),
                    tracking.Report(
                        53, BIANBAN, tracking.Status.DONE, july,
                        completed_on=datetime.date(2024, 7, 8),
                    ),
                ],
            )
        ),
        encoding="utf-8",
    )  # fmt: skip
    # June's file corrected: done on 2024-05-10, which July's report contradicts; and a
    # routine note (进行中 read as 推进中) on another task of the same file.
    corrected = tmp_path / f"{BIANBAN}.xlsx"
    tracking.write_template(PLAN, BIANBAN, corrected, as_of=june)
    fill(corrected, {53: ("已完成", datetime.date(2024, 5, 10)), 40: ("进行中",)})
    result = call(
        "--lang", "zh", "track", "collect", str(corrected), "--into", str(book), "--replace"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    to_check = [line for line in lines if "矛盾" in line]
    assert to_check, result.stderr
    assert all(line.startswith("需核实：") for line in to_check), result.stderr
    # The routine note keeps its 提示, before the ones to check.
    routine = [line for line in lines if line.startswith("提示：")]
    assert routine, result.stderr
    assert lines.index(routine[-1]) < lines.index(to_check[0])
    english = call("--lang", "en", "track", "collect", str(corrected), "--into", str(book),
                   "--replace")  # fmt: skip
    assert any(x.startswith("to check: ") for x in english.stderr.splitlines()), english.stderr
