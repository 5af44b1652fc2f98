"""What a reviewer's decision does to a list, as the ``action`` of its notes.

Each action is an English phrase, marked for extraction and translated when a note is
rendered (a task's ``decided`` note keeps its Chinese too, :func:`decided_note`).
:mod:`.decisions` applies them; :mod:`.numbering` and :mod:`.review` read them back.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from dg_plan._i18n import N_
from dg_plan._notes import Note, NoteKind
from dg_plan._vocabulary import Role

__all__ = [
    "ATTRIBUTION_READ",
    "DEADLINE_ACTIONS",
    "DEADLINE_SET",
    "FIRST_LEADS",
    "JOINED",
    "LEADS_SET",
    "MADE",
    "ONE_ROLE_SET",
    "RESPONSIBLE_SET",
    "SECTION_TITLE_SET",
    "SET_TOGETHER",
    "SKIPPED",
    "SKIPPED_ROW",
    "SKIPPED_TASK",
    "SPLIT",
    "SPLIT_CLOSED",
    "SPLIT_OFF",
    "SUPPORT_SET",
    "TEXT_SET",
    "TITLE_SET",
    "UNITS_ACTIONS",
    "UNITS_SET",
    "closed_first_part",
    "decided_note",
    "units_set",
]

SPLIT = N_("split")
#: A split whose first part ends in a comma or a semicolon (推进政务服务标准化，): no task
#: ends so, so the part is closed with 。 and the decision's note says it was.
SPLIT_CLOSED = {
    "，": N_("split, the first part's closing ， made 。"),
    "；": N_("split, the first part's closing ； made 。"),
}
_OPEN_ENDS = {"，": "，", ",": "，", "；": "；", ";": "；"}
# The parts a split made, numbered anew (RENUMBERED_AFTER_SPLIT): the task after the cut.
SPLIT_OFF = N_("split off the task before")
JOINED = N_("joined with the next task")
SKIPPED = N_("line skipped")
SKIPPED_TASK = N_("task skipped")
SKIPPED_ROW = N_("row skipped")
MADE = N_("line read as a task")
ATTRIBUTION_READ = N_("its attribution read for the fields the decision does not set")
FIRST_LEADS = N_("lead rule: the first unit leads")
TITLE_SET = N_("title set")
SECTION_TITLE_SET = N_("section title set")

# What a decision sets of a task's fields.
TEXT_SET = N_("text set")
DEADLINE_SET = N_("deadline set")
# A decision naming several roles sets the task's units (责任单位: all its units); one
# naming a single role sets that role's units, and its note names the role.
UNITS_SET = N_("units set")
LEADS_SET = N_("lead units set")  # a decision naming only ``leads``
RESPONSIBLE_SET = N_("responsible units set")  # a decision naming only ``responsible``
SUPPORT_SET = N_("supporting units set")  # a decision naming only ``support``
# A decision setting several fields: one action, so one note (not one per field).
SET_TOGETHER = {
    (TEXT_SET, DEADLINE_SET): N_("text and deadline set"),
    (TEXT_SET, UNITS_SET): N_("text and units set"),
    (DEADLINE_SET, UNITS_SET): N_("deadline and units set"),
    (TEXT_SET, DEADLINE_SET, UNITS_SET): N_("text, deadline and units set"),
    (TEXT_SET, RESPONSIBLE_SET): N_("text and responsible units set"),
    (DEADLINE_SET, RESPONSIBLE_SET): N_("deadline and responsible units set"),
    (TEXT_SET, DEADLINE_SET, RESPONSIBLE_SET): N_("text, deadline and responsible units set"),
    (TEXT_SET, LEADS_SET): N_("text and lead units set"),
    (DEADLINE_SET, LEADS_SET): N_("deadline and lead units set"),
    (TEXT_SET, DEADLINE_SET, LEADS_SET): N_("text, deadline and lead units set"),
    (TEXT_SET, SUPPORT_SET): N_("text and supporting units set"),
    (DEADLINE_SET, SUPPORT_SET): N_("deadline and supporting units set"),
    (TEXT_SET, DEADLINE_SET, SUPPORT_SET): N_("text, deadline and supporting units set"),
}
#: The action of a decision setting one role's units only, by the role it names.
ONE_ROLE_SET = {Role.LEAD: LEADS_SET, Role.RESPONSIBLE: RESPONSIBLE_SET, Role.SUPPORT: SUPPORT_SET}
#: The actions that set a task's deadline (a decided deadline is no printed one).
DEADLINE_ACTIONS = frozenset(
    {DEADLINE_SET, *(action for done, action in SET_TOGETHER.items() if DEADLINE_SET in done)}
)
#: The actions that set a task's units (decided units are no printed ones: show labels
#: them 责任单位（按审核意见）, not 清单所列责任单位).
_UNIT_FIELDS = frozenset({UNITS_SET, *ONE_ROLE_SET.values()})
UNITS_ACTIONS = frozenset(
    {*_UNIT_FIELDS, *(a for done, a in SET_TOGETHER.items() if _UNIT_FIELDS & set(done))}
)


def units_set(roles: Collection[Role]) -> str:
    """The action of a decision naming *roles*: one role's (确定牵头单位), or all units'."""
    if len(roles) == 1:
        return ONE_ROLE_SET[next(iter(roles))]
    return UNITS_SET  # several roles: 责任单位, all of the task's units


def closed_first_part(text: str) -> tuple[str, str]:
    """The first part of a split, as the task's text, and the split's action.

    A part ending in ， or ； (or , ;) ends with 。 instead (:data:`SPLIT_CLOSED` says so);
    any other part is kept as printed (:data:`SPLIT`).
    """
    mark = _OPEN_ENDS.get(text[-1:])
    if mark is None:
        return text, SPLIT
    return text[:-1] + "。", SPLIT_CLOSED[mark]


def decided_note(values: Mapping[str, str]) -> Note:
    """A task's provenance note of a decision: its action in English and in Chinese."""
    from dg_plan import _i18n  # noqa: PLC0415 - gettext only when a decision is applied

    chinese = _i18n.translation("zh").gettext(values["action"])
    return Note(NoteKind.DECIDED, {**values, "action_zh": chinese})
