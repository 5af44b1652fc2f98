"""The thirteenth reader (issue #23, fault 12): ``track template --all`` says a collective
whose members each got a template apart from the units given none.

The printed list's 各省辖市政府 stands for the 17 cities (郑州市人民政府 …); the wording is
the reader's, written by hand.
"""

from __future__ import annotations

from helpers.cli import call

DAY = "2024-06-30"


def test_a_collective_served_through_its_members_is_not_listed_as_given_none(tmp_path):
    zh = call("--lang", "zh", "track", "template", "--all", str(tmp_path / "s"), "--as-of", DAY)
    assert zh.returncode == 0, zh.stderr
    lines = zh.stdout.splitlines()
    said = "各省辖市政府为统称单位，不单独生成；已为其17个成员单位分别生成填报表。"
    assert said in lines
    under = lines[lines.index("未生成填报表的单位：") :]
    assert not any("各省辖市政府" in x for x in under)
    assert lines.index(said) < lines.index("未生成填报表的单位：")
    en = call("track", "template", "--all", str(tmp_path / "e"), "--as-of", DAY)
    assert (
        "各省辖市政府 is a collective and gets no template of its own; "
        "its 17 member units got one each."
    ) in en.stdout.splitlines()
