"""The supervision report's sections: each one's title and its number, as a 公文 numbers them.

The same words and numbers in the three formats: the page's and Word's headings
(一、总体推进情况, （一）按部分统计) and the workbook's tabs (一、（一）按部分统计).
"""

from __future__ import annotations

from dg_plan._i18n import current
from dg_plan._i18n import gettext as _

__all__ = ["NUMBERS", "heading", "section_tab"]

_NUMERALS = "一二三四五六七八九十"


def _titles() -> dict[str, str]:
    """Each section's title, the same words in the page, the workbook's tab and Word.

    The chart has no number (it is a figure under 一、, which Word and the workbook do
    not have), so 一、（一） is the table by part in every format.
    """
    return {
        "overall": _("Overall progress"),
        "part": _("By part"),
        "deadline": _("By deadline"),
        "tasks": _("Progress by task"),
        "late": _("Late tasks, not done"),
        "due": _("Due on the day, not done"),
        "changes": _("Changes since last round"),
        "all": _("Every task's progress"),
        "unit": _("Each unit's record"),
        "contradictions": _("Contradicting reports"),
    }


#: Each section's (number, sub-number) in the three formats.
NUMBERS = {
    "overall": (1, None),
    "part": (1, 1),
    "deadline": (1, 2),
    "tasks": (2, None),
    "late": (2, 1),
    "due": (2, 2),
    "changes": (2, 3),
    # The table of every task, its own sub-section after the others (the tenth reader:
    # a 公文 puts no 178-row table straight under 二、 before its (一)).
    "all": (2, 4),
    "unit": (3, None),
    "contradictions": (4, None),
}


def heading(key: str) -> str:
    """A section's heading in the page and in Word: 二、… or （一）…, in the language in force."""
    number, sub = NUMBERS[key]
    title = _titles()[key]
    return _numbered(number, title) if sub is None else _numbered(sub, title, sub=True)


def section_tab(key: str) -> str:
    """A section's tab in the workbook: 二、（一）… (its heading's number, its section's)."""
    number, sub = NUMBERS[key]
    return _tab(number, _titles()[key], sub)


def _numbered(number: int, heading: str, *, sub: bool = False) -> str:
    """A heading numbered as a 公文 numbers it: 一、 for a section, （一） under it."""
    if current() == "zh":
        numeral = _NUMERALS[number - 1]
        return f"（{numeral}）{heading}" if sub else f"{numeral}、{heading}"
    return f"({number}) {heading}" if sub else f"{number}. {heading}"


def _tab(number: int, title: str, sub: int | None = None) -> str:
    r"""An xlsx sheet's tab, numbered as the report's heading is: 二、（一）逾期未完成任务.

    Excel's limits kept: at most 31 characters, none of ``[]:*?/\``.
    """
    if current() == "zh":
        numeral = _NUMERALS[number - 1]
        # 二、（一）…: the section's number as its heading prints it, then the
        # sub-section's, as show and the exports number a section (一、（一）).
        tab = f"{numeral}、" if sub is None else f"{numeral}、（{_NUMERALS[sub - 1]}）"
        tab += title
    else:
        tab = f"{number}. {title}" if sub is None else f"{number}({sub}) {title}"
    for forbidden in "[]:*?/\\":
        tab = tab.replace(forbidden, " ")
    return tab[:31]
