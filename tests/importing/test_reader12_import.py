"""The twelfth reader's findings on import (#20, #23): what the screen says of the print."""

from __future__ import annotations

from helpers.cli import call


def _import(tmp_path, text, name="list.txt"):
    source, plan = tmp_path / name, tmp_path / "plan.json"
    source.write_text(text, encoding="utf-8")
    done = call("--lang", "zh", "import", str(source), "-o", str(plan))
    assert done.returncode == 0, done.stderr
    return done.stdout, plan


def test_show_quotes_a_deadline_read_in_another_form_as_printed(tmp_path):
    # 2025年第三季度 is read as 2025年9月底前; show quoted the reading, not the print.
    _out, plan = _import(tmp_path, "一、机制\n1. 开展演练。（市公安局负责，2025年第三季度）\n")
    shown = call("--lang", "zh", "--plan", str(plan), "show", "1").stdout
    assert shown.splitlines()[0].startswith("第1项任务｜2025年第三季度（2025年9月30日）｜")
    assert "完成时限：        2025年第三季度（2025年9月30日）" in shown
    assert "完成时限“2025年第三季度”识别为“2025年9月底前”。" in shown  # how, in the notes
