"""The import's notes and help as a 公文 writer reads them (issue 23, reader 10).

Expected Chinese from the reader's request, not copied from the output.
"""

from __future__ import annotations

from dg_plan import importing
from dg_plan.importing import FindingKind


def test_a_name_linked_to_the_registry_says_plainly_it_is_the_same_unit():
    # Fault 12: “省人社厅”按原文保留：单位名录中的“…”也用此名称 left the reader unsure
    # whether the unit was matched or made.
    result = importing.read_text("1. 做事\n牵头单位：省人社厅\n")
    (note,) = (n for n in result.notes if n.kind is FindingKind.LINKED_TO_REGISTRY)
    registry = dict(note.values)["registry"]
    assert registry == "省人力资源社会保障厅"
    assert note.render("zh") == (
        "“省人社厅”与单位名录中的“省人力资源社会保障厅”为同一单位，名称按原文保留"
    )
