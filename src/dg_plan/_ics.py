"""The plan's deadlines as an iCalendar file: :func:`dg_plan.export.to_ics` and its UIDs.

Split out of :mod:`dg_plan.export`, which exports both names; private.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._compat import require
from ._model import Role, Task
from ._output import emit
from ._rows import SEPARATOR
from ._vocabulary import WORDS, label

if TYPE_CHECKING:
    from ._plan import Plan
    from .export import Destination

__all__ = ["ics_uid", "to_ics"]

# The namespace of the events' name-based UIDs: fixed for good, since changing it
# would change every UID and make calendars duplicate the events.
_ICS_NAMESPACE = uuid.UUID("6f1c1d6e-5b1a-4c53-9a0e-5d2f3c7a9b10")


def _stamp(plan: Plan) -> datetime.datetime:
    issued = plan.metadata.issued or datetime.date(1970, 1, 1)
    return datetime.datetime(issued.year, issued.month, issued.day, tzinfo=datetime.timezone.utc)


def ics_uid(plan: Plan, date: datetime.date) -> str:
    """Return the UID of the calendar event for the deadline on *date*.

    The UID is a name-based UUID (version 5) of the plan's document, attachment and
    title and of the date, so exporting the same plan again gives the same UIDs, and
    calendars that import the file again update their events rather than duplicate
    them.

    Args:
        plan: The plan.
        date: The deadline's date.

    Returns:
        The UID, ``"<uuid>@dg-plan"``.
    """
    m = plan.metadata
    name = f"{m.document}|{m.attachment}|{m.title}|{date.isoformat()}"
    return f"{uuid.uuid5(_ICS_NAMESPACE, name)}@dg-plan"


def to_ics(plan: Plan, dest: Destination) -> None:
    """Write the plan's dated deadlines as an iCalendar (``.ics``) file.

    There is one all-day event per dated deadline, on its date: its summary counts
    the tasks due, its description lists them, one a line: number, text, and the
    lead units (牵头), or every responsible unit (责任单位) when none leads. Undated
    tasks (持续推进, 适时推进) have no event. Each event's UID comes from the document
    and the date (:func:`ics_uid`), and its ``DTSTAMP`` is the plan's issue date, so
    the same plan always gives the same bytes.

    Args:
        plan: The plan.
        dest: A path, or a file object opened for writing (text or binary).

    Raises:
        ImportError: icalendar is not installed (``pip install 'dg_plan[ics]'``).
        OSError: The file cannot be written.
    """
    icalendar = require("icalendar", "ics", "to_ics")
    m = plan.metadata
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//dg_plan//dg_plan//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", m.title)
    stamp = _stamp(plan)
    for entry in plan.timeline():
        date = entry.deadline.date
        if date is None:
            continue
        event = icalendar.Event()
        event.add("uid", ics_uid(plan, date))
        event.add("dtstamp", stamp)
        event.add("dtstart", date)
        event.add("dtend", date + datetime.timedelta(days=1))
        event.add("summary", f"{entry.deadline}：{len(entry.tasks)}项任务到期（{m.document}）")
        event.add("description", _description(entry.tasks))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    emit(dest, calendar.to_ical().decode("utf-8"), "iCalendar")


def _description(tasks: Iterable[Task]) -> str:
    lines = []
    for task in tasks:
        # The print's own words: 牵头 for the leads, 责任单位 where it names none.
        head = WORDS[Role.LEAD].word + "：" if task.leads else label(None)
        who = head + SEPARATOR.join(u.name for u in task.accountable)
        if task.support and task.accountable != task.support:
            who += f"；{WORDS[Role.SUPPORT].word}：" + SEPARATOR.join(u.name for u in task.support)
        lines.append(f"{task.number}. {task.text}（{who}）")
    return "\n".join(lines)
