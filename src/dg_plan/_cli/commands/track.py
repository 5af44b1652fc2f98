"""The track actions: template, collect, withdraw, status, late, scorecard, chase, report."""

from __future__ import annotations

import argparse
import datetime
import os
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import attrs

import dg_plan
from dg_plan import tracking
from dg_plan._cli.errors import (
    CliErrorKind,
    NothingToReadError,
    RefusedError,
    UsageError,
    json_written_as,
    os_error,
    written_as,
)
from dg_plan._cli.results import (
    ChaseList,
    LateTasks,
    LedgerText,
    LedgerWritten,
    PartSummary,
    ReportWritten,
    RoundRead,
    Scorecard,
    TaskExplanations,
    TemplatesWritten,
    TemplateWritten,
    UnitStatus,
    Withdrawn,
)
from dg_plan._dates import read_day
from dg_plan._display import day_text
from dg_plan._errors import TrackingDataError
from dg_plan._i18n import gettext as _
from dg_plan._plan import Plan
from dg_plan._tracking_problems import TrackingProblem, problem, relocated
from dg_plan.tracking.issued import (
    CHASE_KINDS,
    Issued,
    logged,
    next_number,
    numbered,
    numbering,
    open_return_days,
    sent_on,
)
from dg_plan.tracking.layout import RETURN_SUFFIXES
from dg_plan.tracking.notices import (
    ISSUER,
    chase_notice_name,
    refuse_existing,
    remind_notice_name,
    remind_notices,
)
from dg_plan.tracking.rounds import not_returned_in, pending_reasons
from dg_plan.tracking.scores import two_files_units

__all__ = [
    "number_year_warning",
    "track_chase",
    "track_collect",
    "track_late",
    "track_report",
    "track_scorecard",
    "track_status",
    "track_template",
    "track_withdraw",
]


#: The year of a document number's prefix: 豫督〔2024〕 (or [2024], （2024）, or a bare 2024).
_NUMBER_YEAR = re.compile(r"[〔\[［(（]((?:19|20)\d\d)[〕\]］)）]|(?<!\d)((?:19|20)\d\d)(?!\d)")


def number_year_warning(args: argparse.Namespace) -> tuple[tuple[str, str], ...]:
    """The values of a warning (NUMBER_YEAR) when --number's year is not the notices'.

    The year of --number is checked against the year of the day the notices are dated:
    豫督〔2024〕41号 dated 2026年12月7日 is a slip a clerk makes in January with last year's
    prefix (the nineteenth reader): said on standard error, the notices written still.
    ``()`` when the command numbers no notices, or the years agree.
    """
    number = getattr(args, "number", None)
    if not isinstance(number, str) or getattr(args, "notices", None) is None:
        return ()
    found = _NUMBER_YEAR.search(number)
    if found is None:
        return ()
    year = int(found.group(1) or found.group(2))
    dated = read_day(args.date, "date") if args.date else datetime.date.today()  # noqa: DTZ011
    if year == dated.year:
        return ()
    return (("number", number), ("year", str(year)), ("dated", day_text(dated)))


def ledger(plan: Plan, path: str) -> tracking.Ledger:
    """The ledger in *path*; its problems name the file."""
    try:
        text = Path(path).read_bytes()
    except OSError as exc:
        error = os_error(exc, named=False)  # the sentence names the ledger's path
        if isinstance(exc, FileNotFoundError):  # a ledger is a file: not "file or folder"
            error = _("no such file")
        # The command is well formed: the file is not there, or not readable (no usage).
        raise RefusedError(CliErrorKind.LEDGER_UNREADABLE, path=path, error=error) from None
    try:
        return tracking.loads(plan, text)
    except TrackingDataError as exc:  # say which file: the problems name no file
        raise TrackingDataError(
            [
                relocated(p, file=Path(path).name, row=p.row, column=p.column, report=p.report)
                for p in exc.problems
            ]
        ) from None


def _first(args: argparse.Namespace, log: Sequence[Issued]) -> int:
    """The first number of the notices to write: --first-number, or on after the log's."""
    given: int | None = args.first_number
    return next_number(log, args.number) if given is None else given


def write_ledger(path: str, text: str) -> None:
    """Write a ledger's *text* to *path* whole or not at all (a new file, then renamed)."""
    target = Path(path)
    if target.exists() and not target.is_file():  # /dev/null, a pipe: written as it is
        target.write_text(text, encoding="utf-8")
        return
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _nothing_to_read(paths: list[str]) -> list[TrackingProblem]:
    """The paths given that name no file, nor a folder holding one: nothing is collected then.

    A mistyped folder would make a ledger of no report (and, written over one, lose it).
    """
    missing = []
    for path in paths:
        where = Path(path)
        if not where.exists():
            # returned/ or returned: a folder asked for, not a file.
            folder = path.endswith(("/", os.sep)) or not where.suffix
            missing.append(problem("no_such_folder" if folder else "no_such_file", None, path=path))
        elif where.is_dir() and not any(
            p.is_file()
            and not p.name.startswith((".", "~$"))
            and p.suffix.lower() in RETURN_SUFFIXES
            for p in where.iterdir()
        ):
            # The sentence names the folder: no value after it.
            missing.append(problem("empty_folder", None, path=path))
    return missing


def track_template(plan: Plan, args: argparse.Namespace) -> TemplateWritten | TemplatesWritten:
    """Write a unit's reporting template, or one for every unit that can receive one."""
    if args.all is not None:
        if args.unit is not None:
            raise UsageError(CliErrorKind.TEMPLATE_ALL_AND_UNIT, unit=args.unit)
        done = tracking.write_templates(plan, args.all, as_of=args.as_of, overwrite=args.force)
        sent = {unit for unit, _path in done.written}
        members = tuple(
            (name, sum(m in sent for m in plan.unit(name).members))
            for name, reason in done.skipped
            if reason == "through_members"
        )
        return TemplatesWritten(args.all, done.written, done.skipped, args.as_of, members)
    if args.unit is None or args.path is None:
        raise UsageError(CliErrorKind.TEMPLATE_NEEDS_UNIT)
    written_as(args.path, (".xlsx",), CliErrorKind.TEMPLATE_SUFFIX)
    tracking.write_template(plan, args.unit, args.path, as_of=args.as_of, overwrite=args.force)
    count = len(plan.tasks_for(args.unit))
    return TemplateWritten(args.path, count, plan.unit(args.unit).name, args.as_of)


def _collect_usage(args: argparse.Namespace, output: str | None) -> None:
    """Refuse a collect command line lacking its ledger (-o, --into) or naming a wrong one."""
    if output is None:
        raise UsageError(CliErrorKind.COLLECT_NEEDS_OUTPUT)
    if args.replace and args.into is None:
        raise UsageError(CliErrorKind.REPLACE_NEEDS_INTO)
    json_written_as(output, CliErrorKind.LEDGER_SUFFIX)


def track_collect(plan: Plan, args: argparse.Namespace) -> LedgerText | LedgerWritten:
    """Read returned templates into a ledger: the good files; the others set aside."""
    # A path that is not there is the first thing to fix: said alone, before any fault
    # of the command line (collect nothere/ without -o: the folder only, no usage).
    missing = _nothing_to_read(args.files)
    output = args.output if args.output is not None else args.into
    try:
        _collect_usage(args, output)
    except UsageError:
        if missing:
            raise NothingToReadError(missing) from None
        raise
    if (
        output != "-"
        and not args.force
        and (args.into is None or Path(output).resolve() != Path(args.into).resolve())
        and os.path.lexists(output)
    ):
        # A ledger written over is a round or more lost: only on purpose. A well-formed
        # command refused for what is on disk: no usage, exit status 1.
        raise RefusedError(CliErrorKind.LEDGER_EXISTS, found=missing, path=output)
    if missing:
        # Refused before any file is read: not "problems found while reading the files".
        raise NothingToReadError(missing)
    before = None if args.into is None else ledger(plan, args.into)
    sent = None if args.sent is None else tracking.read_sent(plan, args.sent)
    returned = tracking.read_returns(
        plan,
        args.files,
        keep_going=not args.strict,
        ledger=before,
        sent=sent,
        replace=args.replace,
    )
    notices = None
    skipped: tuple[str, ...] = ()
    early = None
    # The log of the notices issued that the ledger added to keeps (none for a new one).
    log = returned.ledger.notices
    first = _first(args, log)
    if args.notices is not None:
        notices = tracking.write_notices(
            plan,
            returned.set_aside,
            args.notices,
            return_by=args.return_by,
            issuer=args.office or ISSUER,
            overwrite=args.force,
            dated=args.date,
            number=args.number,
            cc=_bodies(args.cc),
            as_of=_round_day(returned, before, sent),
            first_number=first,
            contact=args.contact or "",
            phone=args.phone or "",
            taken=log,
        )
        dated = read_day(args.date, "date") if args.date else datetime.date.today()  # noqa: DTZ011
        # The return-by day is logged: a 督办通知 to the unit while it is open asks for it.
        by = None if args.return_by is None else read_day(args.return_by, "return_by")
        if notices and by is not None and by < dated:
            early = (by, dated)  # a 公文 asking for a reply before its own date: said
        # Each notice under the 文号 write_notices gave it: a 文号 the log holds passed over.
        units = [u for u, _ in notices]
        given = numbering(units, args.number, first, taken=log)
        skipped = given.passed_over
        log += logged(
            (p for _, p in notices), args.number, first, dated, given.numbers, reply_by=by
        )
    found = RoundRead(
        returned.set_aside,
        notices,
        returned.returned_blank,
        None if sent is None else returned.not_returned,
        unsigned=not args.office,
        passed_over=skipped,
        sent=() if sent is None else tuple(sent),
        early=early,
    )
    # The files set aside stay on record in the ledger until corrected: chase reads them
    # (the ledger read_returns made keeps the record, less the files corrected).
    text = tracking.dumps(returned.ledger, notices=log)
    if output == "-":
        return LedgerText(text, returned.notes, found, len(returned.files))
    # Added to with nothing new (a copy it holds, say): the file is left as it was.
    same = args.into is not None and Path(output).resolve() == Path(args.into).resolve()
    unchanged = same and Path(output).is_file() and Path(output).read_text("utf-8") == text
    if not unchanged:
        write_ledger(output, text)
    reports = len(returned.ledger.reports)
    # This round's reports: the ledger's now, less those it held that were not replaced.
    replaced = sum(
        int(dict(n.values)["count"]) for n in returned.notes if n.kind == "replaced_in_ledger"
    )
    added = None if before is None else reports - (len(before.reports) - replaced)
    return LedgerWritten(
        output,
        reports,
        len(returned.files),
        returned.notes,
        found,
        added,
        _earlier(before, returned),
        unchanged=unchanged,
    )


def _earlier(before: tracking.Ledger | None, returned: tracking.Returns) -> datetime.date | None:
    """The day of the reports added to *before*, when one day before its latest round's."""
    if before is None or not before.reports:
        return None
    held = set(before.reports)
    days = {r.as_of for r in returned.ledger.reports if r not in held}
    latest = max(r.as_of for r in before.reports)
    return days.pop() if len(days) == 1 and min(days) < latest else None


def _bodies(given: Sequence[str]) -> tuple[str, ...]:
    """The bodies of ``--cc``: each value, split at 、 (or a comma), blanks dropped."""
    return tuple(b.strip() for value in given for b in re.split(r"[、,，]", value) if b.strip())


def _round_day(
    returned: tracking.Returns, before: tracking.Ledger | None, sent: object
) -> datetime.date | None:
    """This round's 统计截止日期: the templates sent's, or the day most new reports speak for.

    With no new report (every file set aside), the ledger's latest round added to: a
    file of that day the ledger holds already is a second copy, not last round's.
    """
    day = getattr(sent, "as_of", None)
    if isinstance(day, datetime.date):
        return day
    held = 0 if before is None else len(before.reports)
    days = Counter(r.as_of for r in returned.ledger.reports[held:])
    if days:
        return days.most_common(1)[0][0]
    return max((r.as_of for r in before.reports), default=None) if before is not None else None


def track_withdraw(plan: Plan, args: argparse.Namespace) -> Withdrawn:
    """Take a unit's reports of one reporting day out of a ledger, written back whole."""
    book = ledger(plan, args.ledger)
    unit = plan.unit(args.unit).name
    day = datetime.date.fromisoformat(args.as_of)
    kept = [r for r in book.reports if not (r.unit == unit and r.as_of == day)]
    gone = len(book.reports) - len(kept)
    if not gone:
        found = problem(
            "nothing_to_withdraw", None, unit=unit, as_of=day, as_of_zh=_chinese_day(day)
        )
        raise TrackingDataError([relocated(found, file=Path(args.ledger).name)])
    # The ledger keeps its log of the notices issued and its record of the files set
    # aside (evolve carries them).
    text = tracking.dumps(attrs.evolve(book, reports=kept))
    write_ledger(args.ledger, text)
    return Withdrawn(args.ledger, unit, args.as_of, gone, len(kept))


def _chinese_day(day: datetime.date) -> str:
    """*day* as a Chinese sentence writes it (2024年6月30日)."""
    return f"{day.year}年{day.month}月{day.day}日"


def track_status(
    plan: Plan, args: argparse.Namespace
) -> TaskExplanations | PartSummary | UnitStatus:
    """How the tasks stand: per part, for one unit, or how tasks' statuses were reached."""
    book = ledger(plan, args.ledger)
    # Whose file of the round was set aside: they returned one (已报回待修改, not 未报送).
    set_aside = pending_reasons(book.set_aside, book, read_day(args.as_of, "as_of"))
    if args.task:
        why = tuple(book.explain(number, as_of=args.as_of) for number in args.task)
        return TaskExplanations(plan, why, dict(book.classify(args.as_of)), set_aside)
    if args.unit is None:
        rows = tuple(book.summary(args.as_of, by="part"))
        return PartSummary(args.as_of, len(plan.tasks), rows)
    unit = plan.unit(args.unit)
    found = tuple(
        (
            r.task,
            r.role,
            book.status_of(r.task, unit, as_of=args.as_of),
            book.status_of(r.task, as_of=args.as_of),
        )
        for r in plan.responsibilities(unit)
    )
    return UnitStatus(
        unit,
        args.as_of,
        found,
        unit.name in set_aside,
        set_aside.get(unit.name, ""),
        _mixed(book, [t for t, _role, _s, ts in found if ts is tracking.Status.IN_PROGRESS], args),
    )


def _mixed(
    book: tracking.Ledger, tasks: Sequence[dg_plan.Task], args: argparse.Namespace
) -> dict[int, tuple[tuple[str, tracking.Status | None], ...]]:
    """Each of *tasks*' accountable units with its status: a mixed status's words."""
    return {
        t.number: tuple(
            (u.unit, u.status) for u in book.explain(t, as_of=args.as_of).units if u.counted
        )
        for t in tasks
    }


def track_late(plan: Plan, args: argparse.Namespace) -> LateTasks:
    """The tasks due before a day and not done by then."""
    book = ledger(plan, args.ledger)
    late = book.late(args.as_of)
    found = tuple((t, book.status_of(t, as_of=args.as_of), tuple(t.accountable)) for t in late)
    mixed = [t for t, s, _units in found if s is tracking.Status.IN_PROGRESS]
    return LateTasks(plan, args.as_of, found, _mixed(book, mixed, args))


def track_report(plan: Plan, args: argparse.Namespace) -> ReportWritten:
    """Write the supervision report."""
    written_as(args.output, (".html", ".htm", ".xlsx", ".docx"), CliErrorKind.REPORT_SUFFIX)
    book = ledger(plan, args.ledger)
    set_aside = pending_reasons(book.set_aside, book, read_day(args.as_of, "as_of"))
    tracking.report(
        book,
        args.as_of,
        args.output,
        set_aside=set_aside,
        office=args.office or "",
        dated=read_day(args.date, "date") if args.date else None,
    )
    return ReportWritten(args.output, args.as_of)


def track_scorecard(plan: Plan, args: argparse.Namespace) -> Scorecard:
    """Each unit's own record: only the tasks where it is accountable, ranked."""
    book = ledger(plan, args.ledger)
    set_aside = pending_reasons(book.set_aside, book, read_day(args.as_of, "as_of"))
    return Scorecard(args.as_of, book.scorecard(args.as_of), set_aside)


def _returned_set_aside(plan: Plan, returns: list[str], set_aside: dict[str, str]) -> None:
    """Add to *set_aside* the units whose file among *returns* (read again) is set aside.

    A path not there is refused (said alone, exit 1): not chased as if none came back.
    """
    if missing := _nothing_to_read(returns):
        raise NothingToReadError(missing)
    for f in tracking.read_returns(plan, returns, keep_going=True).set_aside:
        if f.unit is not None and f.unit not in set_aside:
            set_aside[f.unit] = f.reason


def track_chase(plan: Plan, args: argparse.Namespace) -> ChaseList:
    """Whom to chase for which late tasks; with --notices, a draft notice each."""
    book = ledger(plan, args.ledger)
    # Whose file of the round was set aside (it returned one): the ledger's record of the
    # files set aside by collect, and the round's returned files if given, read again.
    day = read_day(args.as_of, "as_of")
    set_aside = pending_reasons(book.set_aside, book, day)
    if args.returns:
        _returned_set_aside(plan, args.returns, set_aside)
    chases = book.chase(args.as_of, set_aside=set_aside)
    returns = None
    none: tuple[str, ...] = ()
    if args.sent is not None:
        sent = tracking.read_sent(plan, args.sent)
        # A list giving no day of its own is refused, not taken as of --as-of: the day
        # judged from is not the round's, and a unit whose file of the round is in the
        # ledger would be said to have returned none and be chased (reader 17, fault 1).
        if sent.as_of is None:
            raise RefusedError(CliErrorKind.SENT_WITHOUT_DAY, path=args.sent)
        round_day = sent.as_of
        read, held, none = not_returned_in(book, sent, round_day, book.set_aside)
        returns = (round_day, read, held, none)
    written: tuple[str, ...] = ()
    reminders: tuple[str, ...] = ()
    already: dict[str, str] = {}
    redone: tuple[Issued, ...] = ()
    kept: tuple[Issued, ...] = ()
    same_numbers = False
    if args.notices is not None:
        dated = read_day(args.date, "date") if args.date else datetime.date.today()  # noqa: DTZ011
        # A chase run again for the same day (and as-of day) regenerates its notices:
        # each unit sent one that day gets the same kind again under the 文号 it was
        # issued then (with --number or without); a unit new to the chase takes a number
        # after every one ever logged. The log only grows: an entry regenerated is
        # replaced by its new one, with the same 文号, and one not regenerated stays.
        whole = book.notices
        # Only a chase of the same day for the same as-of day is a re-run: another
        # as-of day's notices, dated the same day, say other things and stand.
        again = tuple(
            i
            for i in whole
            if i.dated == dated and i.kind in CHASE_KINDS and i.as_of in (None, day)
        )
        log = tuple(i for i in whole if i not in again)
        # A unit sent the same kind of notice dated the same day gets no second one: it
        # is left out, and named to the clerk. Another kind (collect's 退回修改通知 on its
        # file) is no reason to leave its late tasks unchased.
        due = {c.unit: "督办通知" for c in chases} | dict.fromkeys(none, "催报通知")
        # A chase for another as-of day is a chase of its own, not held back by this one.
        already = sent_on(tuple(i for i in log if i.as_of in (None, day)), dated, due)
        # One chase notice a unit a day: a unit sent the other kind that day (a 催报通知
        # listing its late tasks, and now, without --sent, a 督办通知 due) keeps the one
        # it was sent, and is named; it is not written a second document.
        already |= _sent_the_other_kind(again, due)
        first = _first(args, whole)
        # Two files of a unit for the office to choose from: no 督办通知 until settled.
        skipped = {*none, *already, *two_files_units(book, set_aside)}
        to_remind = [u for u in none if u not in already] if returns is not None else []
        numbers = numbered(
            [*(c.unit for c in chases if c.unit not in skipped), *to_remind],
            args.number,
            first,
            again,
            kinds=due,
            taken=whole,
        )
        if not args.force:
            # Every notice in the way, 督办通知 and 催报通知 alike, named at once (not
            # the 督办通知 alone, then the 催报通知 on the next try).
            folder = Path(args.notices)
            refuse_existing(
                args.notices,
                [
                    *(folder / chase_notice_name(c.unit) for c in chases if c.unit not in skipped),
                    *(folder / remind_notice_name(u) for u in to_remind),
                ],
            )
        # One notice a unit: one that returned nothing gets its 催报通知, listing its late
        # tasks, and no 督办通知 besides.
        written = tracking.chase_notices(
            book,
            args.as_of,
            args.notices,
            reply_by=args.reply_by,
            office=args.office or "",
            set_aside=set_aside,
            overwrite=args.force,
            dated=args.date,
            reminded=(*none, *already),
            number=args.number,
            cc=_bodies(args.cc),
            first_number=first,
            contact=args.contact or "",
            phone=args.phone or "",
            numbers=numbers,
            # A unit whose file was sent back by a day still open answers by that day.
            reply_by_of=open_return_days(whole, dated),
        )
        if returns is not None:
            reminders = remind_notices(
                plan,
                to_remind,
                returns[0],
                args.notices,
                reply_by=args.reply_by,
                office=args.office or "",
                overwrite=args.force,
                dated=args.date,
                late=chases,
                number=args.number,
                cc=_bodies(args.cc),
                # Numbered on from the 督办通知 written into the same folder.
                first_number=first + len(written),
                contact=args.contact or "",
                phone=args.phone or "",
                late_as_of=day,
                numbers=numbers,
            )
        new = logged((*written, *reminders), args.number, first, dated, numbers, as_of=day)
        # Those written again that were logged for the day: the same notices, to be said
        # so (a clerk must not send them twice).
        before = {(i.unit, i.kind): i.number for i in again}
        redone = tuple(i for i in new if (i.unit, i.kind) in before)
        # "Under the same 文号" only where it is true: each has one, the one issued then.
        same_numbers = all(i.number and i.number == before[i.unit, i.kind] for i in redone)
        # The log only grows: a notice regenerated takes its old entry's place; the
        # day's notices not regenerated stay logged (and are said: not in this folder),
        # a unit's notice of the other kind too, said in this one list with its 文号.
        renewed = {(i.unit, i.kind) for i in new}
        kept = tuple(
            i
            for i in again
            if already.get(i.unit, i.kind) == i.kind and (i.unit, i.kind) not in renewed
        )
        log = _grown(whole, again, new)
        # The ledger keeps the log of the notices issued: written back with it.
        text = tracking.dumps(book, notices=log)
        write_ledger(args.ledger, text)
    return ChaseList(
        args.as_of,
        chases,
        written,
        returns,
        reminders,
        set_aside,
        already,
        redone,
        same_numbers,
        kept=kept,
        unsigned=not args.office,
        asked=args.notices is not None,
    )


def _sent_the_other_kind(again: Sequence[Issued], due: dict[str, str]) -> dict[str, str]:
    """The units of *due* sent the day's other kind of chase notice, each with that kind.

    One chase notice a unit a day: a unit sent a 催报通知 listing its late tasks is not
    written a 督办通知 by a re-run without --sent (nor the reverse); it keeps the one sent.
    """
    sent: dict[str, set[str]] = {}
    for i in again:
        sent.setdefault(i.unit, set()).add(i.kind)
    return {u: min(sent[u]) for u, kind in due.items() if u in sent and kind not in sent[u]}


def _grown(
    whole: Sequence[Issued], again: Sequence[Issued], new: Sequence[Issued]
) -> tuple[Issued, ...]:
    """The log *whole* with *new* in it: it only grows.

    A notice of *again* written again takes its old entry's place (with the same 文号);
    one not written again stays; the other notices of *new* come after.
    """
    fresh = {(i.unit, i.kind): i for i in new}
    return (
        *(fresh.pop((i.unit, i.kind), i) if i in again else i for i in whole),
        *fresh.values(),
    )
