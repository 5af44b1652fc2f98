"""The twelfth reader's small slips outside importing (fault 20).

- due --overdue's heading names the --done file, not the option:
  done.txt 所列已完成任务中，已过完成时限的3项未列入。
- A ledger that is not there is a file: 文件不存在, not 文件或文件夹不存在.
- The report's chart says one name in its caption and its aria-label: 各完成时限完成情况.
- The site's confirmation is a sentence: it ends with 。.
- workload's note is a note (注：), names its columns in quotation marks and counts 项.
"""

from __future__ import annotations

import re

from dg_plan import tracking
from helpers.cli import call
from helpers.tracking_example import ledger


def test_a_ledger_not_there_is_a_file_not_there(tmp_path):
    missing = tmp_path / "nofile.json"
    zh = call("--lang", "zh", "track", "status", str(missing), "--as-of", "2024-12-31")
    assert zh.returncode == 1
    assert zh.stderr.strip() == f"dg-plan：无法读取台账“{missing}”：文件不存在"
    en = call("track", "status", str(missing), "--as-of", "2024-12-31")
    assert en.stderr.strip() == f"dg-plan: cannot read the ledger {missing}: no such file"


def test_the_chart_says_one_name(tmp_path):
    page = tmp_path / "r.html"
    tracking.report(ledger(), "2025-01-01", page, language="zh")
    text = page.read_text("utf-8")
    labels = set(re.findall(r'aria-label="([^"]*)"', text))
    captions = set(re.findall(r"<figcaption>([^<]*)</figcaption>", text))
    assert captions == {"各完成时限完成情况"}
    assert "各完成时限完成情况" in labels
    assert "各完成时限任务完成情况" not in text


def test_the_site_confirmation_ends_with_a_full_stop(tmp_path):
    done = call("--lang", "zh", "site", str(tmp_path / "site"))
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("已在“"), line
    assert line.endswith("index.html”。"), line


def test_the_workload_note_is_a_note():
    out = call("--lang", "zh", "workload").stdout.rstrip().splitlines()[-1]
    assert out.startswith("注：各年度及“持续推进”“适时推进”列")
    # It ends saying how a zero is written (reader 15, fault 18).
    assert out.endswith("配合的项数；项数为0的职责不列出，均为0的以“—”表示。")
