"""The forms trial7 showed (issue 20), each read by its general form.

Expected values are read off the printed lines (tests/importing/corpus/trial7, named by
each test) or stated by the rule in docs/importing.md's grammar table, never copied from
the importer's output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind

_RULE_IN_VARIANT_FORMS = """一、重點工作
1.做好第一件事。
責任單位:省財政廳
2.做好第二件事。
責任單位:省政府辦公廳牽頭,省商務廳(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)
3.做好第三件事。
責任單位:省財政廳、省發展改革委
"""


def test_a_stated_lead_rule_in_variant_characters_applies_from_where_it_is_stated():
    # trial7/05 closes item 2's 責任單位 line in the rule, printed with 爲 (為) and 彙 (匯).
    result = importing.read_text(_RULE_IN_VARIANT_FORMS)
    first, second, third = (result.plan.task(n) for n in (1, 2, 3))
    # Before the rule: the one unit is responsible, as printed.
    assert [u.name for u in first.leads] == []
    assert [u.name for u in first.units] == ["省財政廳"]
    # Where it is stated: the printed 牽頭 decides; the bracket is no part of a name.
    assert [u.name for u in second.leads] == ["省政府辦公廳"]
    assert [u.name for u in second.units] == ["省政府辦公廳", "省商務廳"]
    # After it (下同): the first unit named leads.
    assert [u.name for u in third.leads] == ["省財政廳"]
    assert [u.name for u in third.units] == ["省財政廳", "省發展改革委"]
    kinds = {n.kind for n in result.notes}
    assert FindingKind.STATED_LEAD_RULE in kinds
    assert not result.problems
