"""The "no task found" refusal lists a file's first lines each with one stop (issue #20).

A reason that is a sentence of its own (仅为表头，…，请核对) was listed with its full
stop before the list's: 请核对。； on each line and 请核对。。 on the last, and 请核对。、
in the problem's one sentence.
"""

from __future__ import annotations

import pytest

from dg_plan import importing
from dg_plan._errors import PlanImportError
from dg_plan.importing import FindingKind
from helpers.cli import call

# A table flattened one cell a line: its header cells first, each read as a header alone.
FLAT = "具体任务\n责任单位\n完成时限\n"


def test_each_listed_line_ends_in_one_stop(tmp_path):
    path = tmp_path / "flat.txt"
    path.write_text(FLAT, encoding="utf-8")
    result = call("--lang", "zh", "import", str(path))
    assert result.returncode != 0
    listed = [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("第")]
    assert [line.split("：")[0] for line in listed] == [
        "第1行“具体任务”",
        "第2行“责任单位”",
        "第3行“完成时限”",
    ]
    assert [line[-1] for line in listed] == ["；", "；", "。"]
    for line in listed:
        assert line.endswith(("请核对；", "请核对。"))
    assert "。；" not in result.stderr
    assert "。。" not in result.stderr


def test_the_problems_sentence_lists_them_without_a_stop_inside(tmp_path):
    with pytest.raises(PlanImportError) as raised:
        importing.read_text(FLAT, name="flat.txt")
    (no_task,) = [p for p in raised.value.problems if p.kind is FindingKind.NO_TASK]
    zh = no_task.render("zh")
    assert "请核对、第2行" in zh
    assert "。、" not in zh
