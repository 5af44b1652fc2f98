"""Word documents a supervision office sends: 督办通知 (chase) and 退回修改 (return) notices.

The layout follows the usual style of a government office's document (GB/T 9704): A4
with its margins, the 文号 centred above the title, the title centred in a large song
typeface, the addressee flush left ending in a colon, the body in fangsong with a
two-character first-line indent, a bordered table whose header row repeats on every
page, the office centred over the date, the date four characters in from the right,
the contact line under it in brackets (the 附注: （联系人：李四，联系电话：…）), and the
page numbers (— 1 —) in the footer. Every notice is built from the one :class:`_Document`.

A chase notice (:func:`write_notice`, :func:`chase_notices`) tells a unit which of
its tasks are late; its words come from the message catalog (Chinese by default: the
notice goes to a Chinese unit). A return notice (:func:`write_notices`) sends a file
set aside by ``collect`` back for correction, listing each cell to fix; it is always
in Chinese.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from dg_plan._dates import read_day
from dg_plan._display import day_text
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext, pgettext, using
from dg_plan._model import Role
from dg_plan._output import emit
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._tracking_problems import TrackingProblem

from .issued import Issued, numbered, return_number
from .layout import DAY_COLUMN
from .scores import (
    reply_text,
    retractions,
    set_aside_label,
    set_aside_opening,
    set_aside_text,
    two_files_units,
    with_expected,
)
from .templates import SetAside, fill_in_examples
from .word import address, document_number, word_document

if TYPE_CHECKING:
    from .ledger import Ledger
    from .scores import Chase, ChaseItem

__all__ = [
    "NOTICE_HEADER",
    "chase_notice_name",
    "chase_notices",
    "notice_name",
    "word_document",
    "write_notice",
    "write_notices",
]


#: The header of a return notice's table, in order.
NOTICE_HEADER = ("问题序号", "任务序号", "工作表", "行", "列", "填写内容", "问题及填写要求")
#: What a return notice leaves for the office to fill in: the return-by day, its name, its date.
BLANK_DAY = "____年__月__日"
ISSUER = "（发文单位）"
#: What a notice leaves blank on its contact line for the office to fill in.
BLANK = "______"
#: The contact line a notice leaves for the office to fill in.
CONTACT = f"（联系人：{BLANK}，联系电话：{BLANK}）"


def contact_line(contact: str = "", phone: str = "") -> str:
    """A notice's contact line (附注), in the language in force: *contact* and *phone*.

    In brackets, as GB/T 9704 prints a 附注: ``（联系人：李四，联系电话：0371-65900000）``;
    what is not given is left blank to fill in (``联系人：______``, :data:`CONTACT`).
    """
    return _("(Contact: {name}, telephone: {phone})").format(
        name=contact or BLANK, phone=phone or BLANK
    )


def _foot(doc: Any, office: str, issued: datetime.date, note: str, cc: Sequence[str]) -> None:  # noqa: ANN401 - a word._Document
    """A notice's foot, as GB/T 9704 lays it out, after its last paragraph (特此通知).

    The *office* centred over the date it is *issued*, the date four characters in
    from the right; the contact line (*note*, the 附注) under the date, two characters
    in; the 抄送 line (*cc*) last; the page numbers (— 1 —) in the footer.
    """
    doc.signature(office, day_text(issued))
    doc.paragraph(note, indent=True)
    doc.copies(cc)
    doc.page_numbers()


def notice_header() -> tuple[str, str, str, str]:
    """The chase notice table's header, in the language in force: 序号, 任务, 完成时限, 状态.

    状态 is the unit's own answer (the glossary's word for a report's status), as the
    chase's table on the command line heads it.
    """
    return (
        _("No."),
        pgettext("a column: the task's text", "Task"),
        _("Deadline"),
        _("Status"),
    )


# The 督办通知: a unit's late tasks.


def _late_rows(chase: Chase) -> list[tuple[str, str, str, str]]:
    """The rows of a notice's table of late tasks (序号, 主要任务, 完成时限, 状态)."""
    return [
        (
            str(i.task.number),
            i.task.text,
            str(i.task.deadline),
            _status_cell(chase, i),
        )
        for i in chase.items
    ]


def _status_cell(chase: Chase, item: ChaseItem) -> str:
    # A unit whose file was set aside did return one: to correct, or for the office to
    # choose among two (then every row, not an earlier round's answer: Chase.awaiting).
    if chase.awaiting(item):
        return set_aside_label(chase.reason or "cells")
    if item.report is None:
        return _("not reported")
    # As `status --task` and the report say it: 推进中，预计2024年9月完成.
    status = with_expected(item.report.status.label, item.report.expected)
    return _("{status} (reported {date})").format(status=status, date=day_text(item.report.as_of))


def _roles_text(chase: Chase) -> str:
    """The unit's role in the chased tasks, as the notice's sentence says it (牵头, 负责).

    A 配合单位 is chased only where a task names no lead and no unit 负责 (its
    supporting units are then accountable): it is said 配合, never 负责; a unit chased
    in that role and another is said to take a part in the tasks (承担).
    """
    roles = {i.role for i in chase.items}
    if roles == {Role.LEAD}:
        return pgettext("a chase notice: the tasks that your unit ...", "leads")
    if roles == {Role.RESPONSIBLE}:
        return pgettext("a chase notice: the tasks that your unit ...", "is responsible for")
    if roles == {Role.LEAD, Role.RESPONSIBLE}:
        return pgettext(
            "a chase notice: the tasks that your unit ...", "leads or is responsible for"
        )
    if roles == {Role.SUPPORT}:
        return pgettext("a chase notice: the tasks that your unit ...", "supports")
    return pgettext("a chase notice: the tasks that your unit ...", "takes a part in")


def write_notice(
    ledger: Ledger,
    chase: Chase,
    path: str | os.PathLike[str],
    as_of: datetime.date | str,
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    language: str | None = "zh",
    dated: datetime.date | str | None = None,
    number: str = "",
    cc: Sequence[str] = (),
    contact: str = "",
    phone: str = "",
) -> None:
    """Write the draft 督办通知 for one unit's :class:`~dg_plan.tracking.Chase` (.docx).

    The notice has a title in an office's form (关于督促落实逾期未完成任务的通知, as
    the 退回修改 notice's is 关于退回修改推进情况填报表的通知), the addressee (the
    unit), a paragraph saying which plan and day it is about, a table of the tasks
    (序号: the task's number in the plan, 任务, 完成时限, 状态: the unit's own
    answer or 未报送), the line asking for a reply by *reply_by*, 特此通知, the
    *office* (without one, the placeholder （发文单位）, as on the 退回修改 notice)
    centred over the day it is dated (*dated*: today by default), and the contact line
    under it (（联系人：______，联系电话：______） left blank to fill in without
    *contact* and *phone*). It is a draft: open it in Word or WPS, fill in the
    blanks, add the document number, and send it.

    Args:
        ledger: The ledger the chase was made from (for the plan's title).
        chase: One unit's row of :meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`.
        path: The .docx file to write.
        as_of: The day the chase speaks for (统计截止日期).
        reply_by: The day to reply by; by default a week after the notice's date.
        office: The sending office, printed above the date; when empty, the
            placeholder （发文单位） (``(sending office)`` in English) to fill in.
        language: The notice's words, ``"zh"`` (the default) or ``"en"``.
        dated: The day the notice is dated (issued), at its foot; by default today,
            the day it is written (not the 统计截止日期 it speaks for).
        number: The notice's 文号 (``豫督〔2024〕3号``), printed centred above the
            title (the header block); none by default.
        cc: The bodies it is copied to (抄送), printed last, between two rules
            (``抄送：省政府办公厅，省委督查室。``); none by default.
        contact: The contact person on the contact line, （联系人：李四，联系电话：…）
            under the date; without one, left blank to fill in (联系人：______).
        phone: The contact telephone; without one, left blank (联系电话：______).

    Raises:
        ImportError: python-docx is not installed (``pip install 'dg_plan[docx]'``).
        InvalidQueryError: A day is not a date, or *language* is neither.
        OSError: The file cannot be written.
    """
    day = read_day(as_of, "as_of")
    issued = _issue_day(dated)
    reply = (
        issued + datetime.timedelta(days=7) if reply_by is None else read_day(reply_by, "reply_by")
    )
    with using(language):
        doc = word_document(address(ledger.plan, chase.unit))
        doc.title(_("Notice on pressing ahead with the tasks past their deadline"), number)
        doc.paragraph(_("{unit}:").format(unit=chase.unit))
        count = len(chase.items)
        # One task is 下列1项任务 and 该项任务 in Chinese (many: 下列21项任务, 各项任务).
        opening = (
            set_aside_opening(count)
            if chase.set_aside
            # Not "your unit has not reported": a unit that reported 推进中 did
            # (reader14); the tasks are not completed, as of now (已过完成时限，尚未完成).
            else (
                _(
                    "As of {date}, the task of {title} below that your unit {role} is past its "
                    "deadline and is not completed to date. Please give it close attention "
                    "and press on with it without delay."
                )
                if count == 1
                else ngettext(
                    "As of {date}, the following {count} task of {title} that your unit {role} "
                    "is past its deadline and is not completed to date. Please give it close "
                    "attention and press on with it without delay.",
                    "As of {date}, the following {count} tasks of {title} that your unit {role} "
                    "are past their deadlines and are not completed to date. Please give them "
                    "close attention and press on with them without delay.",
                    count,
                )
            )
        )
        first = opening.format(
            date=day_text(day),
            count=count,
            title=ledger.plan.metadata.title,
            role=_roles_text(chase),
        )
        # A unit whose file was sent back is asked once, in the opening paragraph (by the
        # day, with progress and evidence); two files awaiting the choice: a reply too.
        asked = chase.set_aside and chase.reason != "two_files"
        if chase.set_aside:  # it did return its file: what became of it, not 未报送
            number = return_number(ledger.notices, chase.unit)
            first = pgettext("two sentences of a paragraph", "{first} {second}").format(
                first=first, second=set_aside_text(chase.reason, number, day_text(reply))
            )
        doc.paragraph(first, indent=True)
        # A later report taking back an earlier 已完成: said, so that the unit checks it.
        for said in retractions(ledger.reports, chase):
            doc.paragraph(said, indent=True)
        doc.table(notice_header(), _late_rows(chase))
        if not asked:
            doc.paragraph(reply_text(count, day_text(reply)), indent=True)
        doc.paragraph(_("Hereby notified."), indent=True)
        # Without an office, a placeholder the clerk fills, as on the 退回修改 notice.
        _foot(doc, office or _("(sending office)"), issued, contact_line(contact, phone), cc)
        emit(path, doc.bytes(), "docx")


def _issue_day(dated: datetime.date | str | None) -> datetime.date:
    """The day a notice is dated: *dated*, or today (the day it is written)."""
    return datetime.date.today() if dated is None else read_day(dated, "dated")  # noqa: DTZ011


def chase_notice_name(unit: str) -> str:
    """The file name of *unit*'s 督办通知: ``省委编办-督办通知.docx``."""
    return f"{unit}-督办通知.docx"


def chase_notices(
    ledger: Ledger,
    as_of: datetime.date | str,
    folder: str | os.PathLike[str],
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    language: str | None = "zh",
    set_aside: Iterable[str] | Mapping[str, str] = (),
    overwrite: bool = True,
    dated: datetime.date | str | None = None,
    reminded: Iterable[str] = (),
    number: str = "",
    cc: Sequence[str] = (),
    first_number: int = 1,
    contact: str = "",
    phone: str = "",
    numbers: Mapping[str, str] | None = None,
    reply_by_of: Mapping[str, datetime.date] | None = None,
) -> tuple[str, ...]:
    """Write one 督办通知 per unit to chase on *as_of* into *folder* (``{unit}-督办通知.docx``).

    The units are those of :meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`; the
    other arguments are :func:`write_notice`'s. *folder* is made if missing, as
    :func:`write_notices` makes its own. *set_aside*: the units whose returned file
    of the round was set aside (as :meth:`Ledger.chase` takes them): their notice
    says 已报回待修改 where their answer is missing. *overwrite*: write over notices
    already in *folder* (a clerk may have edited them); with ``False`` nothing is
    written if any of them exists. The command line passes ``False`` unless
    ``--force`` is given. *reminded*: units sent a 催报通知 the same day instead
    (``remind_notices`` with *late*, which lists their late tasks): no 督办通知 is
    written for them, so a unit gets one notice a day. *number*: the 文号's prefix
    (``豫督〔2024〕``): the notices are numbered in the order written, from
    *first_number* (``豫督〔2024〕1号``, ``2号`` …; a prefix holding ``{n}`` is filled
    in instead); none by default.
    *cc*: the bodies every notice is copied to (抄送), as :func:`write_notice` prints them.
    *contact*, *phone*: the contact line's person and telephone (left blank without them).
    *numbers*: each unit's 文号, given (``tracking.issued.numbered``: a chase run again
    the same day gives each unit the number it was issued), instead of *number* and
    *first_number*'s count.
    *reply_by_of*: a unit's own day to reply by, instead of *reply_by* (the day its
    open 退回修改通知 asks its file back by: ``tracking.issued.open_return_days``).

    A unit of *set_aside* with two files for the office to choose from gets none (one may
    report a chased task done: ``tracking.scores.two_files_units``).

    Returns:
        The paths of the files written, in the order of the chase.

    Raises:
        ImportError: python-docx is not installed.
        InvalidQueryError: *overwrite* is ``False`` and notices to write exist
            already (kind ``notices_exist``, naming them all).
        OSError: A file cannot be written.
    """
    day = read_day(as_of, "as_of")
    skipped = {ledger.plan.unit(u).name for u in reminded}
    # A unit with two files of the round for the office to choose from gets none: one of
    # them may report a chased task done (the office settles the two files first).
    skipped |= set(two_files_units(ledger, set_aside))
    chases = [c for c in ledger.chase(day, set_aside=set_aside) if c.unit not in skipped]
    paths = [Path(folder) / chase_notice_name(chase.unit) for chase in chases]
    issued = _issue_day(dated)
    if not overwrite:
        refuse_existing(folder, paths)
    if chases:
        Path(folder).mkdir(parents=True, exist_ok=True)
    written = []
    for n, (chase, path) in enumerate(zip(chases, paths, strict=True), start=first_number):
        write_notice(
            ledger,
            chase,
            path,
            day,
            reply_by=(reply_by_of or {}).get(chase.unit, reply_by),
            office=office,
            language=language,
            dated=issued,
            number=document_number(number, n) if numbers is None else numbers.get(chase.unit, ""),
            cc=cc,
            contact=contact,
            phone=phone,
        )
        written.append(str(path))
    return tuple(written)


def refuse_existing(folder: str | os.PathLike[str], paths: Iterable[Path]) -> None:
    """Refuse to write over the notices of *paths* that exist already, naming them all.

    Raises:
        InvalidQueryError: Some exist (kind ``notices_exist``).
    """
    found = tuple(os.fspath(p) for p in paths if os.path.lexists(p))
    if found:
        raise query_error(QueryErrorKind.NOTICES_EXIST, "folder", os.fspath(folder), paths=found)


# The 退回修改 notice: a returned file set aside, each cell to fix.


def notice_name(unit: str, *, again: bool = False) -> str:
    """The file name of *unit*'s return notice: ``省审计厅-退回修改通知.docx``.

    With *again* (every file of the unit another round's template, or no template of
    this round's at all: another plan's, not the template), the notice is
    titled 关于重新报送本轮推进情况填报表的通知 and named by its title:
    ``省审计厅-重新报送通知.docx``.
    """
    return f"{unit}-{'重新报送通知' if again else '退回修改通知'}.docx"


def _shown(value: object) -> str:
    """What a cell held, as a person reads it: a day as 2024-12-15, a blank as （空白）."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "（空白）"
    if isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time() else value
    if isinstance(value, datetime.datetime):
        return f"{day_text(value.date())}{value:%H:%M}"
    if isinstance(value, datetime.date):
        return day_text(value)
    if isinstance(value, str):
        return _chinese_days(value)
    if isinstance(value, (tuple, list)):
        return "、".join("" if v is None else str(v) for v in value)
    return str(value)


# A day written with digits and separators (2024-06-15, 2024/6/15, 2024.6.15): a notice
# writes every day as 2024年6月15日.
_WRITTEN_DAY = re.compile(r"(?<![0-9])([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])")


def _chinese_days(text: str) -> str:
    """*text* with each day written in digits (ISO, with / or .) as 2024年6月15日."""

    def day(m: re.Match[str]) -> str:
        try:
            return day_text(datetime.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:  # no such day (2024-02-30): left as written
            return m[0]

    return _WRITTEN_DAY.sub(day, text)


# The problems that say a returned file is not the round's template at all: nothing in
# it to fix cell by cell; the unit is asked to fill in the template instead.
NOT_THE_TEMPLATE = frozenset(
    {"no_template_sheet", "not_a_template", "template_other_plan", "unknown_suffix"}
)
# A template of a round already reported (last round's, sent again): the unit is asked
# for this round's template, as for a file that is not the template.
EARLIER_ROUND = "round_in_ledger"
# A template of another round than the one collected (its 统计截止日期 is not the round's).
OTHER_ROUND = "other_round"


# The problems that are the office's to settle, not the unit's to fix: two files of a unit
# for one round (which to keep is the office's choice). No notice tells the unit of them.
FOR_THE_OFFICE = frozenset({"two_files_of_unit", "second_template"})


def for_the_unit(f: SetAside) -> SetAside | None:
    """*f* with only the problems its unit can fix (``None``: none, so no notice)."""
    own = tuple(p for p in f.problems if p.kind not in FOR_THE_OFFICE)
    if not own:
        return None
    return f if len(own) == len(f.problems) else attrs.evolve(f, problems=own)


# A file that cannot be opened (damaged, a web page saved as .xls): no cell to fix
# either; the round's template is asked for again, as for a file that is not it.
UNREADABLE = frozenset({"unreadable_file", "unreadable_xlsx"})


def _not_the_template(f: SetAside) -> bool:
    return any(
        p.kind in NOT_THE_TEMPLATE or p.kind in UNREADABLE or p.kind in {EARLIER_ROUND, OTHER_ROUND}
        for p in f.problems
    )


def asks_again(f: SetAside) -> bool:
    """Whether *f* is answered by a 重新报送通知: no cell to fix, the round's template asked for.

    Another round's template, another plan's, not the template at all, a file that
    cannot be opened: the unit is asked to return this round's template (a unit whose
    files are all such gets a 重新报送通知, not a 退回修改通知).
    """
    return _not_the_template(f)


def _iso_day(values: dict[str, str], key: str) -> str:
    """A day among a problem's values (ISO), as the notice writes it: 2024年6月30日."""
    return day_text(datetime.date.fromisoformat(values[key]))


def _requirement(p: TrackingProblem, statuses: dict[int, str]) -> str:
    """What is wrong with a cell and what to fill, in the notice's words; a sentence, with 。.

    The days in the notice's way (2024年6月30日), what to write said plainly, and the
    unit's own 状态 quoted as it wrote it; other problems as :meth:`render` says them.
    """
    kind = None if p.kind is None else p.kind.value
    values = dict(p.values)
    written = statuses.get(p.row or 0, "已完成")
    if kind == "done_after_report_cell" and "as_of" in values:
        # As the template's instruction row says it: a 推进中 task may give an expected
        # day in its day column (the reader10 found "完成日期留空" here contradicting it).
        expected = fill_in_examples(datetime.date.fromisoformat(values["as_of"]))[1]
        return (
            f"完成日期应不晚于{_iso_day(values, 'as_of')}（本表统计截止日期）。"
            "如该任务在统计截止日期后才完成，本轮应填“推进中”，"
            f"“{DAY_COLUMN}”列可填写预计完成日期（如{expected}）。"
        )
    if kind == "partly_done":
        return (
            f"“{values.get('written', p.value)}”不是可选的状态，"
            "状态应从“未启动、推进中、已完成”中选择；未全部完成的填“推进中”。"
        )
    if kind == "done_before_issued" and "issued" in values:
        return (
            f"完成日期应不早于{_iso_day(values, 'issued')}（任务清单印发日期），"
            "请填写实际完成的日期。"
        )
    if kind == "done_without_day_cell":
        return f"状态填写为“{written}”的，须在“{DAY_COLUMN}”列填写实际完成的日期。"
    if kind == "day_not_done_cell":
        return f"状态填写为“{written}”的，不填写完成日期；如已完成，请将状态改为“已完成”。"
    text = _chinese_days(p.render("zh"))
    if kind in {"bad_day", "day_number"}:
        # The sentence lists the day's written forms (2024-12-15, 2024/12/15 ...); a
        # notice writes every day as 2024年12月15日, so it names that one form once.
        text = text.split("；请写作")[0] + "，请按“2024年12月15日”的格式填写"
    return text if text.endswith(("。", "？")) else text + "。"


def _wrong_round(f: SetAside) -> bool:
    """Whether *f* is a template of another round than this one (last round's, sent again)."""
    return any(p.kind in {EARLIER_ROUND, OTHER_ROUND} for p in f.problems)


def _this_rounds_copy(f: SetAside, round_day: datetime.date | None) -> bool:
    """Whether *f* is a copy of this round's file whose reports the ledger holds already.

    Its unit did nothing wrong (the office collected the round's file twice, or the
    unit sent it twice): nothing for the unit to do, so no notice; ``collect`` says to
    add ``--replace`` if the file is to replace the reports held. Last round's template
    sent again (its day before this round's) is the unit's to redo, and is sent back.
    """
    return (
        round_day is not None
        and f.as_of == round_day
        and any(p.kind == EARLIER_ROUND for p in f.problems)
    )


def _round_day(files: Sequence[SetAside], given: datetime.date | None) -> datetime.date | None:
    """This round's 统计截止日期: *given*, or the one an ``other_round`` problem expected."""
    if given is not None:
        return given
    for f in files:
        for p in f.problems:
            if p.kind == OTHER_ROUND and "expected" in dict(p.values):
                return datetime.date.fromisoformat(dict(p.values)["expected"])
    return None


# The line closing a notice asking for this round's template: the office's contact line
# (联系人, 联系电话) is under it, so the unit is sent to it, not to an unnamed 我们.
_ASK_FOR_TEMPLATE = "如未收到或遗失本轮填报表，请与联系人联系。"


def _wrong_round_text(f: SetAside, form: str, by: str, round_day: datetime.date | None) -> str:
    """The paragraph sending back another round's template: both days, this round's asked."""
    name = Path(f.file).name
    theirs = "" if f.as_of is None else f"截至{day_text(f.as_of)}的"
    earlier = any(p.kind == EARLIER_ROUND for p in f.problems)
    what = (
        f"你单位报回的文件（文件名：“{name}”）是{theirs}{'上一轮' if earlier else ''}填报表，"
        "不是本轮下发的填报表"
    )
    ours = None if round_day is None else day_text(round_day)
    what += "" if ours is None else f"（本轮截至{ours}）"
    what += "，该期推进情况此前已经报送" if earlier else ""
    what += "，未能汇入本轮台账，现予退回。"
    if ours is None:
        ask = f"请使用本轮下发的{form}如实填写，于{by}前报回。"
    else:
        ask = f"请使用本轮下发的{form}，如实填写截至{ours}的推进情况，于{by}前报回。"
    return what + ask + _ASK_FOR_TEMPLATE


def _foreign_text(f: SetAside, form: str, by: str) -> str:
    """The paragraph sending back a file that is not the round's template at all."""
    name = Path(f.file).name
    if any(p.kind in UNREADABLE for p in f.problems):
        what = f"你单位报回的文件（文件名：“{name}”）无法打开读取，未能汇入台账，现予退回。"
    elif any(p.kind == "not_a_template" for p in f.problems):
        what = (
            f"你单位报回的文件（文件名：“{name}”）未按本轮下发的填报表原样填写：填报表开头几行"
            "（标题，以及填报单位、统计截止日期所在的第2行）被改动或删除，未能汇入台账，"
            "现予退回。请勿改动或删除开头几行。"
        )
    else:
        what = f"你单位报回的文件（文件名：“{name}”）不是本轮下发的填报表，未能汇入台账，现予退回。"
    return f"{what}请使用本轮下发的{form}填写，于{by}前重新报回。{_ASK_FOR_TEMPLATE}"


def _return_notice(
    plan: Plan,
    unit: str,
    files: Sequence[SetAside],
    return_by: datetime.date | None,
    issuer: str,
    dated: datetime.date,
    *,
    number: str = "",
    cc: Sequence[str] = (),
    round_day: datetime.date | None = None,
    contact: str = "",
    phone: str = "",
) -> bytes:
    """One unit's 退回修改 notice, in Chinese (the caller has Chinese in force).

    A file that is not the round's template (or a template of a round reported
    already) is said to be so, in the office's words (no cell of a sheet the file
    does not have), and this round's template asked for; the problems of the other
    files are listed cell by cell in a table, each row with its task's 序号 (a blank
    return, nothing filled in, is sent back in a sentence: it has no cell to fix). The
    notice is dated *dated*, the day it is written, as a 督办通知 is. A notice whose
    files are all templates of another round (last round's, sent again), or no template
    of this round's at all (another plan's, not the template), has its own title,
    关于重新报送本轮推进情况填报表的通知 (a 重新报送通知); another round's names both
    统计截止日期 (*round_day*: this round's, when known).
    """
    doc = word_document(address(plan, unit))
    again = all(_not_the_template(f) for f in files)
    title = "关于重新报送本轮推进情况填报表的通知" if again else "关于退回修改推进情况填报表的通知"
    doc.title(title, number)
    doc.paragraph(f"{unit}：")
    form = f"《{plan.metadata.title}推进情况填报表》"
    by = BLANK_DAY if return_by is None else day_text(return_by)
    problems: list[tuple[SetAside, TrackingProblem]] = []
    foreign = [f for f in files if _not_the_template(f)]
    listed = [f for f in files if not _not_the_template(f)]
    for f in foreign:
        text = (
            _wrong_round_text(f, form, by, round_day)
            if _wrong_round(f)
            else _foreign_text(f, form, by)
        )
        doc.paragraph(text, indent=True)
    # A blank return (nothing filled in) is sent back in a sentence: it has no cell to fix.
    blank = [f for f in listed if f.reason == "blank"]
    listed = [f for f in listed if f.reason != "blank"]
    for f in blank:
        day = "" if f.as_of is None else f"截至{day_text(f.as_of)}，"
        doc.paragraph(
            f"你单位报回的{form}（{day}文件名：“{Path(f.file).name}”）未填写任何任务的状态，"
            f"未能汇入台账，现予退回。请逐项填写各项任务的状态（已完成的任务还应填写完成日期），"
            f"于{by}前重新报回。",
            indent=True,
        )
    for f in listed:
        problems += [(f, p) for p in f.problems]
        day = "" if f.as_of is None else f"截至{day_text(f.as_of)}，"
        doc.paragraph(
            f"你单位报回的{form}"
            f"（{day}文件名：“{Path(f.file).name}”）经审核，有{len(f.problems)}处需要修改，"
            "未能汇入台账，现予退回修改。具体问题见下表。",
            indent=True,
        )
    if listed:
        rows = []
        for i, (f, p) in enumerate(problems, start=1):
            tasks, statuses = dict(f.tasks), dict(f.statuses)
            task = None if p.row is None else tasks.get(p.row)
            rows.append(
                (
                    str(i) if len(listed) == 1 else f"{i}（{Path(f.file).name}）",
                    "" if task is None else str(task),
                    (f.sheet or "") if p.row is not None else "",
                    "" if p.row is None else str(p.row),
                    p.column or "",
                    _shown(p.value),
                    _requirement(p, statuses),
                )
            )
        doc.table(NOTICE_HEADER, rows)
        doc.paragraph(
            f"请对照上表逐项修改，修改后于{by}前将填报表重新报回。"
            "未列出的行无需修改，请勿改动表中任务序号和任务内容。",
            indent=True,
        )
    doc.paragraph("特此通知。", indent=True)
    _foot(doc, issuer, dated, contact_line(contact, phone), cc)
    return doc.bytes()


def write_notices(
    plan: Plan,
    set_aside: Sequence[SetAside],
    folder: str | os.PathLike[str],
    *,
    return_by: datetime.date | str | None = None,
    issuer: str = ISSUER,
    overwrite: bool = True,
    dated: datetime.date | str | None = None,
    number: str = "",
    cc: Sequence[str] = (),
    first_number: int = 1,
    as_of: datetime.date | str | None = None,
    contact: str = "",
    phone: str = "",
    taken: Iterable[Issued] = (),
) -> tuple[tuple[str, Path], ...]:
    """Write a 退回修改 notice (.docx) for each unit whose returned file was set aside.

    One notice per unit, listing every problem of each of its files set aside: a
    table of 序号, 任务序号 (the task's number in the plan, where the row names one),
    工作表, 行, 列, 填写内容 (what the cell holds) and 问题及填写要求 (what is wrong
    and what to fill, in Chinese: days as 2024年6月30日, the unit's 状态 quoted as
    written), then the day to return it by, 特此通知, the issuing office, the
    date (*dated*, by default today, the day it is written) and the contact line
    under it. A file that is not the round's template at all (no 填报 sheet, not the
    template, another plan's, not a workbook), or is the template of a round already reported
    (last round's, sent again), is said to be so in plain words, and this round's
    template asked for, with no table row: there is no cell to fix. A file whose unit
    could not be read gets no notice (nobody to address it to); nor does a problem
    that is the office's to settle (``two_files_of_unit``: two files of the unit for
    the round, which to keep being the office's choice), and a file with no other
    problem gets no notice.

    Args:
        plan: The plan the templates were made from.
        set_aside: The files set aside (:attr:`Returns.set_aside`).
        folder: Where to write the notices (made if missing), one file per unit,
            named ``<unit>-退回修改通知.docx``.
        return_by: The day to return the corrected file by; without it, a blank
            ``____年__月__日`` is left to fill in.
        issuer: The issuing office, signed at the foot; by default a placeholder.
        overwrite: Write over notices already in *folder* (a clerk may have edited
            them); with ``False`` nothing is written if any of them exists. The
            command line passes ``False`` unless ``--force`` is given.
        dated: The day the notices are dated (issued); by default today.
        number: The 文号's prefix (``豫督〔2024〕``): the notices are numbered in the
            order written, from *first_number* (``豫督〔2024〕1号``, ``2号`` …), each
            printed centred above its title; a prefix holding ``{n}`` is filled in
            instead. None by default.
        cc: The bodies every notice is copied to (抄送), printed last between two
            rules (``抄送：省政府办公厅，省委督查室。``); none by default.
        first_number: The first notice's number (1 by default).
        taken: The notices issued before (``Ledger.notices``): a 文号 one of them
            holds is passed over (never issued twice), as a chase's notices are.
        as_of: This round's 统计截止日期, named in a notice sending back another
            round's template (with the file's own); by default the one a problem
            of the files expected, if any.
        contact: The contact line's person; without it, left blank (联系人：______).
        phone: The contact line's telephone; without it, left blank (联系电话：______).

    Returns:
        Each unit and the path of its notice, in the order the files were set aside.

    Raises:
        InvalidQueryError: *return_by* is not a day, or *overwrite* is ``False``
            and notices to write exist already (kind ``notices_exist``, naming them all).
        ImportError: python-docx is not installed (``pip install 'dg_plan[docx]'``).
        OSError: A notice cannot be written.
    """
    day = None if return_by is None else read_day(return_by, "return_by")
    issued = _issue_day(dated)
    round_day = _round_day(set_aside, None if as_of is None else read_day(as_of, "as_of"))
    by_unit: dict[str, list[SetAside]] = {}
    for f in set_aside:
        own = for_the_unit(f)
        if f.unit is not None and own is not None and not _this_rounds_copy(f, round_day):
            by_unit.setdefault(f.unit, []).append(own)
    if not by_unit:
        return ()
    out = Path(folder)
    # A file with no cell to fix (another round's template, another plan's, not the
    # template at all) is answered by a 重新报送通知: the round's template asked for.
    names = {
        u: notice_name(u, again=all(_not_the_template(f) for f in fs)) for u, fs in by_unit.items()
    }
    if not overwrite:
        refuse_existing(folder, (out / name for name in names.values()))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    numbers = numbered(by_unit, number, first_number, taken=taken)  # a 文号 logged: passed over
    with using("zh"):
        for unit, files in by_unit.items():
            path = out / names[unit]
            text = _return_notice(
                plan,
                unit,
                files,
                day,
                issuer,
                issued,
                number=numbers[unit],
                cc=cc,
                round_day=round_day,
                contact=contact,
                phone=phone,
            )
            emit(path, text, "docx")
            written.append((unit, path))
    return tuple(written)


# The 催报 notice: a unit sent the round's template that returned no file.


def remind_notice_name(unit: str) -> str:
    """The file name of *unit*'s 催报 notice: ``省审计厅-催报通知.docx``."""
    return f"{unit}-催报通知.docx"


def remind_notices(
    plan: Plan,
    units: Iterable[str],
    as_of: datetime.date | str,
    folder: str | os.PathLike[str],
    *,
    reply_by: datetime.date | str | None = None,
    office: str = "",
    overwrite: bool = True,
    dated: datetime.date | str | None = None,
    late: Iterable[Chase] = (),
    number: str = "",
    cc: Sequence[str] = (),
    first_number: int = 1,
    contact: str = "",
    phone: str = "",
    late_as_of: datetime.date | str | None = None,
    numbers: Mapping[str, str] | None = None,
) -> tuple[str, ...]:
    """Write a 催报通知 (.docx) for each of *units*: sent the round's template, none returned.

    In the form of the other notices (in Chinese): the title 关于报送推进情况填报表的通知,
    the addressee, a paragraph saying the round's template (截至 *as_of*) was sent and
    no file has come back, the day to return it by (*reply_by*; by default a week after
    the notice's date), 特此通知, the office and the day it is dated (*dated*, today by
    default), and the contact line. Named ``{unit}-催报通知.docx``; *folder* is made if
    missing; *overwrite*, *number*, *cc*, *first_number*, *contact* and *phone* as for
    :func:`chase_notices`. *late*: the chase
    (:meth:`Ledger.chase <dg_plan.tracking.Ledger.chase>`); a unit of *units* in it
    has its late tasks listed in its 催报通知 too (the 督办通知's table), and is then
    left out of :func:`chase_notices` (``reminded=``): one notice a unit a day.
    *late_as_of*: the day *late* was chased as of, named in the
    sentence on the late tasks (by default *as_of*, the round's 统计截止日期). *numbers*: each
    unit's 文号, given, as for :func:`chase_notices`.

    Returns:
        The paths of the files written, in the order of *units*.

    Raises:
        ImportError: python-docx is not installed.
        InvalidQueryError: A day is not a date, or *overwrite* is ``False`` and notices
            to write exist already (kind ``notices_exist``).
        OSError: A file cannot be written.
    """
    day = read_day(as_of, "as_of")
    late_day = day if late_as_of is None else read_day(late_as_of, "late_as_of")
    issued = _issue_day(dated)
    reply = (
        issued + datetime.timedelta(days=7) if reply_by is None else read_day(reply_by, "reply_by")
    )
    names = list(dict.fromkeys(units))
    paths = [Path(folder) / remind_notice_name(unit) for unit in names]
    if not overwrite:
        refuse_existing(folder, paths)
    if names:
        Path(folder).mkdir(parents=True, exist_ok=True)
    form = f"《{plan.metadata.title}推进情况填报表》"
    overdue = {c.unit: c for c in late}
    written = []
    with using("zh"):
        for n, (unit, path) in enumerate(zip(names, paths, strict=True), start=first_number):
            doc = word_document(address(plan, unit))
            doc.title(
                "关于报送推进情况填报表的通知",
                document_number(number, n) if numbers is None else numbers.get(unit, ""),
            )
            doc.paragraph(f"{unit}：")
            doc.paragraph(
                f"{form}（统计截止日期为{day_text(day)}）已下发，你单位至今尚未报回。"
                f"请按表内要求逐项如实填写，于{day_text(reply)}前报回。"
                "如已报回或未收到本轮填报表，请与联系人联系。",
                indent=True,
            )
            chase = overdue.get(unit)
            if chase is not None:
                # Its late tasks too: this is the one notice it gets today, no 督办通知.
                # A count of tasks in one form, one task or many: 下列1项任务, 下列21项任务.
                tasks = f"下列{len(chase.items)}项任务"
                doc.paragraph(
                    f"截至{day_text(late_day)}，你单位{_roles_text(chase)}的{tasks}已过完成时限，"
                    "尚无报送记录。请在填报表中一并填报其进展情况和佐证材料，并抓紧推进。",
                    indent=True,
                )
                doc.table(notice_header(), _late_rows(chase))
            doc.paragraph("特此通知。", indent=True)
            _foot(doc, office or ISSUER, issued, contact_line(contact, phone), cc)
            emit(path, doc.bytes(), "docx")
            written.append(str(path))
    return tuple(written)
