"""Headings that name the lead of the tasks under them (X牵头工作, (由X牵头实施)).

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations

import re

from dg_plan._vocabulary import Role

from .attributions import final_bracket, names_only
from .findings import FindingKind
from .locations import Location
from .source import Entry, Field, Source

# A part or subsection heading naming the lead of the tasks under it: 县示范区管委会牵头
# 工作(8项), and with 的 ("the work X leads"): 省监察厅牵头的工作.
_HEADING_LEAD = re.compile(r"^(.+?)牵头的?(?:重点)?工作(?:[（(]\d+项[)）])?$")


def lead_of_heading(number: int, title: str) -> tuple[int, str] | None:
    """The units a heading on line *number* names as its tasks' lead (X牵头(的)工作), if any.

    Only unit names lead (一、县示范区管委会牵头工作(8项), trial/01-qinxian-zfgzbg; (一)省监察
    厅牵头的工作, trial21/06-shanxi-mubiao2008); a person does not (王宏副市长牵头重点工作,
    31-hangzhou-shejiang).
    """
    lead = _HEADING_LEAD.match("".join(title.split()))
    return (number, lead[1]) if lead and names_only(lead[1]) else None


# The lead a part heading names in its closing bracket: (由县发改局牵头实施), (由X牵头).
_LEAD_BRACKET = re.compile(r"^(由)?(.+?)总?牵头(?:实施|负责|落实)?$")

# The same bracket with its opening lost: 扩大有效投资政策由市经济发展局牵头实施).
_LEAD_UNOPENED = re.compile(r"^([^（(]+?)由([^（()）]+?)总?牵头(?:实施|负责|落实)?[)）]$")


def heading_lead_bracket(number: int, title: str) -> tuple[str, tuple[int, str] | None, bool]:
    """A part heading's title without the bracket naming its tasks' lead, and that lead.

    The third value says whether the heading names it surely (由X牵头实施).
    一、扩大有效投资政策(由县发改局牵头实施) (11-cangnan-zhengce), and the same with its
    opening bracket lost, 一、扩大有效投资政策由市经济发展局牵头实施) (12-longgang-zhengce):
    the part's tasks are led by 县发改局 and 市经济发展局. Without 由, a title with no full
    stop closing in (X牵头) (一、强化科技创新(区科技局牵头), the same template's 婺城区 page)
    names the lead only if numbered items follow (``text._settle_heading_leads``). Only
    unit names lead.
    """
    compact = "".join(title.split())
    found = final_bracket(compact)
    if found is not None and (m := _LEAD_BRACKET.match(found[1])) and names_only(m[2]):
        head = compact[: found[0]].rstrip()
        if m[1] or "。" not in head:
            return head, (number, m[2]), bool(m[1])
    if found is None and (m := _LEAD_UNOPENED.match(compact)) and names_only(m[2]):
        return m[1], (number, m[2]), True
    return title, None, True


def lead_from_heading(lead: tuple[int, str] | None, entry: Entry, source: Source) -> None:
    """Give *entry* the *lead* its heading names (line, units), if it prints no lead: doubted.

    Under a heading naming its lead (一、县示范区管委会牵头工作(8项), (一)省监察厅牵头的
    工作), a task that prints no unit, or only support units (协同单位：…), is led by the
    units the heading names.
    """
    if lead is None or any(r is not Role.SUPPORT for r, _ in entry.units):
        return
    line, names = lead
    at = Location(source.file, line=line)
    values = {"number": "?", "units": names}
    if entry.units:
        values["support"] = "，".join(f.text for _, f in entry.units)
    entry.units.insert(0, (Role.LEAD, Field(names, at)))
    entry.doubt(at, FindingKind.LEAD_FROM_HEADING, names, values)
