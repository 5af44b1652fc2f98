"""What a reviewer's decision names, as data and in words (第1项任务（开头为“推进电子政务外网”）).

A decision's :class:`Target` holds what it names, typed as the decisions file gives it;
an applied decision's note carries it (:attr:`ImportNote.target
<dg_plan.importing.ImportNote.target>`), its text the file's own words
(``task = 1, starts = "推进电子政务外网"``, :attr:`Target.wanted`). The import screen and
the review workbook say it as a sentence says a task, in the language in force
(:meth:`Target.said`), from its values: nothing is parsed back out of the text.
"""

from __future__ import annotations

import attrs

from dg_plan._i18n import N_

__all__ = ["Target"]

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


# The keys of a target, in the order the decisions file's docs list them.
_KEYS = ("task", "printed", "starts", "line", "sheet", "row", "section", "lead_rule", "title")


@attrs.frozen
class Target:
    """What a decision names: a task, a line or row, a section, every task or the title.

    Each value is the decisions file's (``None`` where it names none); ``lead_rule`` and
    ``title`` are what the decision sets, named here as what it is about. An applied
    decision's :class:`ImportNote` carries it as its ``target``.

    >>> Target(task=3, starts="建立").wanted
    'task = 3, starts = "建立"'

    Args:
        task: The task's number in the import (``task = 3``).
        printed: The number the list prints for it (``printed = "3"``).
        starts: The beginning of its text (``starts = "建立"``).
        line: A line of a text or Word file (``line = 12``).
        sheet: A worksheet, with *row* (``sheet = "清单"``).
        row: A row of a table (``row = 5``).
        section: A section, by its printed label or its title as read (``section = "一"``).
        lead_rule: The lead rule a ``lead_rule`` decision states (it is about every task).
        title: The title a ``title`` decision sets (it is about the list's title).
    """

    task: int | None = None
    printed: str | None = None
    starts: str | None = None
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    section: str | None = None
    lead_rule: str | None = None
    title: str | None = None

    @property
    def wanted(self) -> str:
        """What it names, in the file's own words: ``task = 3, starts = "建立"``."""
        parts = []
        for key in _KEYS:
            value = getattr(self, key)
            if value is not None:
                parts.append(f"{key} = {value!r}" if isinstance(value, str) else f"{key} = {value}")
        return ", ".join(parts).replace("'", '"')

    def said(self, language: str) -> str:
        """What it names, in words in *language*.

        >>> Target(task=1, starts="推进电子政务外网").said("zh")
        '第1项任务（开头为“推进电子政务外网”）'
        >>> Target(task=1, starts="推进电子政务外网").said("en")
        "task 1 (beginning '推进电子政务外网')"
        >>> Target(sheet="任务分工", row=7).said("zh")
        '“任务分工”表第7行'

        A combination it cannot say in words is said as the file writes it (:attr:`wanted`).
        """
        from dg_plan import _i18n  # noqa: PLC0415 - gettext only when a note is shown

        words = _i18n.translation(_i18n.normalize(language))
        say = words.gettext
        keys = {key: str(value) for key in _KEYS if (value := getattr(self, key)) is not None}
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
            return self.wanted
        if "starts" in keys:
            also.append(say(_STARTS_ALSO).format(starts=keys.pop("starts")))
        if keys:  # a combination not said in words: as written
            return self.wanted
        if not also:
            return head
        separator = words.pgettext("between the parts of a decision's target", ", ")
        return words.pgettext("a decision's target, with more it names", "{head} ({also})").format(
            head=head, also=separator.join(also)
        )
