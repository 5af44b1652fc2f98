"""The forms trial9 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial9, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import Role, importing
from dg_plan.importing import FindingKind


def _roles(task):
    return {
        Role.LEAD: [u.name for u in task.leads],
        Role.RESPONSIBLE: [u.name for u in task.responsible],
        Role.SUPPORT: [u.name for u in task.support],
    }


def test_a_standing_note_after_its_own_sentence_in_the_attribution():
    # trial9/09 prints (X牵头,Y等参与,Z负责落实。以下均需Z落实,不再列出), and trial9/08
    # (以下各项工作均需Z落实,不再列出。) likewise: the sentence after the 。 is a
    # standing note (不再列出), no unit; Z answers for every later task, named once here.
    text = (
        "1.严格环境准入。(市生态环境局牵头,市发改委等参与,县(市、区)政府负责落实。"
        "以下均需县(市、区)政府落实,不再列出)\n"
        "2.严控产能。(市经信局牵头,市应急管理局等参与)\n"
    )
    result = importing.read_text(text)
    first, second = result.plan.task(1), result.plan.task(2)
    assert _roles(first) == {
        Role.LEAD: ["市生态环境局"],
        Role.RESPONSIBLE: ["县（市、区）政府"],
        Role.SUPPORT: ["市发改委"],
    }
    assert _roles(second) == {
        Role.LEAD: ["市经信局"],
        Role.RESPONSIBLE: ["县（市、区）政府"],
        Role.SUPPORT: ["市应急管理局"],
    }
    assert not result.problems
    assert [f.kind for f in result.notes if f.kind is FindingKind.STANDING_NOTE]
