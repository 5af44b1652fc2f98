"""What a reviewer's decision names, in words (第1项任务（开头为“推进电子政务外网”）).

An applied decision's note keeps what it names in the decisions file's own keys, as
:attr:`Decision.wanted <dg_plan.importing.decisions.Decision.wanted>` writes them
(``task = 1, starts = "推进电子政务外网"``): data, as the file says it. The import screen
and the review workbook say it as a sentence says a task, in the language in force.
"""

from __future__ import annotations

import re

from dg_plan._i18n import N_

__all__ = ["target_said"]

# One key of a decision's target: `task = 1`, `starts = "推进"` (Decision.wanted's form).
_KEY = re.compile(r'(\w+) = (\d+|"[^"]*")(?:, |$)')

_TASK = N_("task {number}")
_PRINTED = N_("the task printed as number {printed}")
_STARTS = N_("the task beginning {starts!r}")
_PRINTED_ALSO = N_("printed as number {printed}")
_STARTS_ALSO = N_("beginning {starts!r}")
_LINE = N_("line {line}")
_ROW = N_("row {row}")
_SHEET_ROW = N_("row {row} of sheet {sheet!r}")
_SECTION = N_("section {section!r}")
_EVERY_TASK = N_("every task")
_TITLE = N_("the list's title")


def _keys(wanted: str) -> dict[str, str] | None:
    """The keys of *wanted*, or ``None`` when it is not all in Decision.wanted's form."""
    found = list(_KEY.finditer(wanted))
    if not found or "".join(m[0] for m in found) != wanted:
        return None
    return {m[1]: m[2].strip('"') for m in found}


def target_said(wanted: str, language: str) -> str:
    """What a decision names (*wanted*, its keys), in words in *language*.

    >>> target_said('task = 1, starts = "推进电子政务外网"', "zh")
    '第1项任务（开头为“推进电子政务外网”）'
    >>> target_said('task = 1, starts = "推进电子政务外网"', "en")
    "task 1 (beginning '推进电子政务外网')"
    >>> target_said('sheet = "任务分工", row = 7', "zh")
    '“任务分工”表第7行'

    Keys it does not know are said as written.
    """
    from dg_plan import _i18n  # noqa: PLC0415 - gettext only when a note is shown

    words = _i18n.translation(_i18n.normalize(language))
    say = words.gettext
    keys = _keys(wanted)
    if keys is None:
        return wanted
    also: list[str] = []
    if "task" in keys:
        head = say(_TASK).format(number=keys.pop("task"))
        if "printed" in keys:
            also.append(say(_PRINTED_ALSO).format(printed=keys.pop("printed")))
    elif "printed" in keys:
        head = say(_PRINTED).format(printed=keys.pop("printed"))
    elif "starts" in keys:
        head = say(_STARTS).format(starts=keys.pop("starts"))
    elif "sheet" in keys and "row" in keys:
        head = say(_SHEET_ROW).format(row=keys.pop("row"), sheet=keys.pop("sheet"))
    elif "row" in keys:
        head = say(_ROW).format(row=keys.pop("row"))
    elif "line" in keys:
        head = say(_LINE).format(line=keys.pop("line"))
    elif "section" in keys:
        head = say(_SECTION).format(section=keys.pop("section"))
    elif "lead_rule" in keys:
        head = say(_EVERY_TASK)
        keys.pop("lead_rule")
    elif "title" in keys:
        head = say(_TITLE)
        keys.pop("title")
    else:
        return wanted
    if "starts" in keys:
        also.append(say(_STARTS_ALSO).format(starts=keys.pop("starts")))
    if keys:  # a combination not said in words: as written
        return wanted
    if not also:
        return head
    separator = words.pgettext("between the parts of a decision's target", ", ")
    return words.pgettext("a decision's target, with more it names", "{head} ({also})").format(
        head=head, also=separator.join(also)
    )
