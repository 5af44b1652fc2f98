"""Issue 23, a fresh reader of government Chinese: one wording for one thing.

Each expected text is the reader's sentence or the glossary's term (docs/glossary.md):
a search that finds nothing says so in a sentence, a deadline that could not be read
is not one the print left out (未注明), the import's notes say 原序号 and 分工说明 (the
importing guide's word), a platform kind is 重点工程, the tracking summaries say what
was put in the ledger and why a file was set aside.
"""

from __future__ import annotations

import datetime
import re

import dg_plan
from dg_plan import _i18n
from dg_plan.tracking import Ledger, Report, Status
from helpers.cli import call
from helpers.cli import succeeds as ok


def test_a_search_that_finds_nothing_says_so_in_a_sentence():
    result = call("--lang", "zh", "search", "豫事办", "不存在的词")
    # Exit status 0: an empty answer is an answer; 1 is a name that does not exist.
    assert result.returncode == 0
    assert result.stdout.strip() == "未检索到同时包含“豫事办”“不存在的词”的任务。"
    one = ok("--lang", "zh", "search", "不存在的词", "--unit", "省公安厅").strip()
    assert one == "在省公安厅的任务中未检索到包含“不存在的词”的任务。"
    # The help says which exit status an empty search has.
    assert "检索或筛选未找到任务的，也为0" in ok("--lang", "zh", "--help")
    assert "a search or a filter that\nmatches no task included" in ok("--help")
    assert call("--lang", "zh", "unit", "省不存在厅").returncode == 1


def test_an_unread_deadline_is_not_an_unspecified_one(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(
        "一、测试\n1. 推进数据共享。（省大数据局牵头，下半年完成）\n", encoding="utf-8"
    )
    plan = tmp_path / "plan.json"
    ok("--lang", "zh", "import", str(listing), "-o", str(plan))
    out = ok("--lang", "zh", "--plan", str(plan), "show", "1")
    assert "完成时限：        未识别（清单所列为“下半年完成”）" in out
    assert "未注明" not in out
    # The parenthesis the units were read from, said as one sentence under 备注 (no
    # second label, no 。 after a bracket: the seventh reader).
    assert "  清单在任务内容后括注“省大数据局牵头，下半年完成”。" in out.splitlines()
    assert "分工说明：" not in out
    assert "）。" not in out
    assert "文内标注" not in out


def test_the_import_notes_name_a_printed_label_as_the_original_number():
    with _i18n.using("zh"):
        said = _i18n.gettext("printed label {label}").format(label="（一）")
    assert said == "原序号为“（一）”"


def test_a_programme_is_a_key_project():
    out = ok("--lang", "zh", "list-platforms")
    assert "重点工程" in out
    # The kind column (a platform's name may hold 建设工程: 农业农村信息基础设施建设工程).
    assert re.search(r"(?<!\S)建设工程(?!\S)", out) is None


def test_the_tracking_summaries_read_as_the_reader_wrote_them():
    with _i18n.using("zh"):
        reports = _i18n.ngettext("{count} report", "{count} reports", 2).format(count=2)
        files = _i18n.ngettext("{count} file", "{count} files", 1).format(count=1)
        head = _i18n.gettext("Wrote {path}: {reports} from {files} read into the ledger.")
        head = head.format(path="ledger.json", reports=reports, files=files)
        aside = _i18n.ngettext(
            "{count} file set aside, to be sent back for correction.",
            "{count} files set aside, to be sent back for correction.",
            2,
        ).format(count=2)
        # Each count a sentence of its own (the round-10 users), whole in the catalog.
        assert head == "已将1个文件中的2条报送记录汇入台账（“ledger.json”）。"
        assert aside == "2个文件存在问题，已搁置待退回修改。"
        aside = _i18n.ngettext(
            "set aside {count} of {files} file (not in the ledger); every problem:",
            "set aside {count} of {files} files (not in the ledger); every problem:",
            3,
        ).format(count=2, files=3)
        assert aside == "报回的3个文件中有2个存在问题，未汇入台账，问题如下："
        sent = _i18n.ngettext(
            "Wrote {count} template into {folder}, as of {date}; the units sent them are "
            "listed in sent.csv.",
            "Wrote {count} templates into {folder}, as of {date}; the units sent them are "
            "listed in sent.csv.",
            60,
        ).format(count=60, folder="sent", date="2024年6月30日")
        # A whole sentence, ending in its full stop (the round-10 reader).
        assert (
            sent == "已生成截至2024年6月30日的填报表60份，存于“sent”文件夹；下发名单见“sent.csv”。"
        )
        note = _i18n.pgettext("a note on how a returned file was read", "{note}")
        assert note.format(note="…") == "提示：…"


def test_the_scorecard_counts_the_accountable_units_tasks(plan, tmp_path):
    ledger = Ledger(plan, ())
    path = tmp_path / "ledger.json"
    path.write_text(dg_plan.tracking.dumps(ledger), encoding="utf-8")
    out = ok("--lang", "zh", "track", "scorecard", str(path), "--as-of", "2024-01-31")
    assert "各单位主责任务完成情况" in out
    assert "自身" not in out


def test_the_chase_list_dates_a_status_in_chinese_brackets(plan, tmp_path):
    # Task 18 (2023年12月底前) is late; its lead said in progress on 2024-01-05.
    reports = (
        Report(18, "省行政审批政务信息管理局", Status.IN_PROGRESS, datetime.date(2024, 1, 5)),
    )
    path = tmp_path / "ledger.json"
    path.write_text(dg_plan.tracking.dumps(Ledger(plan, reports)), encoding="utf-8")
    out = ok("--lang", "zh", "track", "chase", str(path), "--as-of", "2024-01-31")
    assert "推进中（截至2024年1月5日）" in out
    assert "推进中 (" not in out
