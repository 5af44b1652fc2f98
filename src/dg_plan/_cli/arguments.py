"""The commands and their arguments: the parser dg-plan reads its command line with."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from dg_plan import _i18n, export, plot
from dg_plan._deadline import DeadlineKind
from dg_plan._i18n import gettext as _
from dg_plan._i18n import pgettext
from dg_plan._model import PlatformKind, Role, UnitKind
from dg_plan._version import __version__

from .commands import Handler
from .commands.files import PLOT_FORMATS, export_plan, import_list, plot_file, site
from .commands.queries import (
    due,
    list_platforms,
    list_units,
    overview,
    platform,
    search,
    show,
    tasks,
    timeline,
    unit,
    workload,
)
from .commands.track import (
    track_chase,
    track_collect,
    track_late,
    track_report,
    track_scorecard,
    track_status,
    track_template,
    track_withdraw,
)
from .parser import HelpFormatter, Parser, Whole, role_word
from .parser import examples as epilog

__all__ = ["build_parser"]


def _glossed(text: str, meanings: Sequence[tuple[str, str]], also: str = "{values}") -> str:
    """*text*, then what each value the user types means, in a language other than English.

    The values stay the English ones the user types (``lead``); Chinese says what each
    means: ``仅列出承担该职责的任务：lead（牵头单位）、responsible（负责单位）…``.
    """
    if _i18n.current() == "en":
        return text
    values = _(", ").join(
        _("{value} ({meaning})").format(value=value, meaning=meaning) for value, meaning in meanings
    )
    return _("{help}: {values}").format(help=text, values=also.format(values=values))


def _kind_option(text: str, values: Sequence[str]) -> dict[str, Any]:
    """An option's choices of kind, its help and, in Chinese, its metavar and labels.

    In Chinese the usage line names the value 类型 (the values and what each means
    are in the help, a usage line of ``{party,government,…}`` ran past 80 columns),
    and the Chinese label the help gives in brackets (省委部门) is taken for its value.
    """
    meanings = _kinds(values)
    if _i18n.current() == "en":
        return {"choices": values, "help": text}
    labels = {label: value for value, label in meanings}
    return {
        "choices": values,
        "type": lambda typed: labels.get(typed.strip(), typed),
        "metavar": _("KIND"),
        "help": _glossed(text, meanings, _("{values}; the Chinese in brackets works too")),
    }


def _role_option(text: str) -> dict[str, Any]:
    """--role's choices and help; in Chinese, its metavar 职责 and the print's words."""
    if _i18n.current() == "en":
        return {"type": role_word, "choices": [r.value for r in Role], "help": text}
    return {
        "type": role_word,
        "choices": [r.value for r in Role],
        "metavar": _("ROLE"),
        "help": _glossed(text, _roles(), _("{values}; 牵头, 负责 and 配合 work too")),
    }


def _roles() -> list[tuple[str, str]]:
    return [
        ("lead", pgettext("units in a role", "Lead units")),
        ("responsible", pgettext("units in a role", "Responsible units")),
        ("support", pgettext("units in a role", "Supporting units")),
    ]


def _kinds(values: Sequence[str]) -> list[tuple[str, str]]:
    """Enum values with their labels (the catalog's: 具体日期, 省政府部门, 移动应用)."""
    return [(v, pgettext("every undated kind", "all") if v == "all" else _(v)) for v in values]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="dg-plan",
        description=_("Query the Henan digital-government task list (附件4 of 豫政〔2023〕17号)."),
        epilog=epilog(
            "dg-plan overview",
            "dg-plan show 18",
            "dg-plan unit 省发展改革委 --role lead",
            "dg-plan due --in 2024H1",
            "dg-plan export csv tasks.csv --bom",
            "dg-plan --lang zh show 18",
            "",
            _(
                "Every command takes --help. Exit status: 0 success (a search or a filter "
                "that\nmatches no task included), 1 not found (a task, unit, platform or "
                "section\nnamed that does not exist), 2 usage error, 141 when the reader of the "
                "output\nwent away. The language follows the locale (LANGUAGE, LC_ALL, "
                "LC_MESSAGES,\nLANG); --lang overrides it."
            ),
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument(
        "--plan",
        metavar=_("FILE"),
        help=_("read this plan file (JSON) instead of the shipped plan"),
    )
    parser.add_argument(
        "--lang",
        choices=_i18n.LANGUAGES,
        help=_("the language of the output: zh (简体中文) or en (English); default: the locale"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"dg-plan {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--wide-ambiguous",
        action="store_true",
        help=_(
            "count ambiguous-width characters (“ ” …) as two columns, as East Asian "
            "terminals do (the default in a Chinese, Japanese or Korean locale)"
        ),
    )
    # --json before the command too (dg-plan --json show 18): its own dest, since the
    # command's parser sets its own --json's default over the main parser's.
    parser.add_argument(
        "--json",
        dest="json_first",
        action="store_true",
        help=_("print JSON instead of a table; also accepted after the command"),
    )
    sub = _commands_of(parser, _("commands"), dest="command", metavar=_("COMMAND"))
    as_json = Parser(add_help=False)
    as_json.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    # --lang after the command too (dg-plan show 18 --lang zh): main() reads the language
    # from the whole command line before parsing; the parser need only accept it here.
    lang = Parser(add_help=False)
    lang.add_argument(
        "--lang",
        dest="lang_after",
        default=argparse.SUPPRESS,
        choices=_i18n.LANGUAGES,
        help=_("the language of the output: zh (简体中文) or en (English); default: the locale"),
    )

    def command(
        name: str,
        handler: Handler,
        summary: str,
        examples: Sequence[str | tuple[str, str]],
        *,
        listing: bool = True,
        aliases: Sequence[str] = (),
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            aliases=list(aliases),
            help=summary,
            description=_("{summary}.").format(summary=summary[0].upper() + summary[1:]),
            epilog=epilog(*examples),
            formatter_class=HelpFormatter,
            parents=[as_json, lang] if listing else [lang],
        )
        p.set_defaults(handler=handler, subparser=p)
        return p

    _query_commands(command)
    _file_commands(command)
    _track_commands(command, as_json, lang)
    return parser


_Command = Callable[..., argparse.ArgumentParser]


def _query_commands(command: _Command) -> None:
    command(
        "overview",
        overview,
        _("parts, deadlines and lead units of the plan (the default command)"),
        ["dg-plan overview", "dg-plan overview --json"],
    )
    p = command(
        "show",
        show,
        _("one task: text, deadline, its units by role, platforms, page, provenance"),
        ["dg-plan show 18", "dg-plan show 125 --json"],
    )
    p.add_argument(
        "number",
        type=Whole(_("%(argument_name)s should be a number from 1 to 178")),
        metavar=_("NUMBER"),
        help=_("the task's number (1-178)"),
    )
    p = command(
        "unit",
        unit,
        _("the tasks a unit answers for, with its role (its collectives' tasks included)"),
        [
            "dg-plan unit 省发展改革委 --role lead",
            ("dg-plan unit 发改委", _("any alias works")),
            ("dg-plan unit 洛阳市人民政府", _("tasks via 各省辖市政府")),
        ],
        aliases=["units"],
    )
    p.add_argument(
        "name",
        nargs="?",
        metavar=_("NAME"),
        help=_("the unit's name, full name or an alias (without one: every unit, as list-units)"),
    )
    # Without a name, `units` is list-units: its --kind too (the eleventh reader).
    kinds = [k.value for k in UnitKind]
    p.add_argument("--kind", **_kind_option(_("without a name: only units of this kind"), kinds))
    p.add_argument("--role", **_role_option(_("only tasks in this role")))
    p = command(
        "tasks",
        tasks,
        _("the tasks that meet every criterion given"),
        [
            "dg-plan tasks --unit 省公安厅 --role lead",
            "dg-plan tasks --platform 豫事办",
            "dg-plan tasks --section 3.4 --to 2024-06-30",
        ],
    )
    p.add_argument("--unit", metavar=_("NAME"), help=_("tasks of this unit"))
    p.add_argument("--text", metavar=_("QUERY"), help=_("tasks whose text contains every term"))
    p.add_argument(
        "--role",
        **_role_option(
            _("with --unit: the unit's tasks in this role; alone: tasks naming a unit in it")
        ),
    )
    p.add_argument("--platform", metavar=_("NAME"), help=_("tasks that mention this platform"))
    p.add_argument("--section", metavar=_("ID"), help=_("tasks under this section (3, 3.4)"))
    p.add_argument("--from", dest="start", metavar=_("DATE"), help=_("dated tasks due on or after"))
    p.add_argument("--to", dest="end", metavar=_("DATE"), help=_("dated tasks due on or before"))
    kinds = [k.value for k in DeadlineKind]
    p.add_argument("--kind", **_kind_option(_("deadline kind"), kinds))
    p = command(
        "search",
        search,
        _("the tasks whose text contains every term (case and width ignored), most matches first"),
        [
            "dg-plan search 数据共享",
            ("dg-plan search 区块链 数据", _("both terms")),
            "dg-plan search ipv6 --json",
            "dg-plan search 平台 --unit 省公安厅",
        ],
    )
    p.add_argument("terms", nargs="+", metavar=_("TERM"), help=_("a term the text must contain"))
    p.add_argument("--unit", metavar=_("NAME"), help=_("only tasks of this unit"))
    p = command(
        "platform",
        platform,
        _("the tasks that mention a platform and the units responsible for them"),
        ["dg-plan platform 豫事办", "dg-plan platform 豫事办APP --json"],
    )
    p.add_argument("name", metavar=_("NAME"), help=_("the platform's name or an alias"))
    p = command(
        "due",
        due,
        _("what is due when: by a date, in a period, with no date, overdue"),
        [
            "dg-plan due --by 2023-12-31",
            "dg-plan due --between 2024-01-01 2024-06-30",
            ("dg-plan due --in 2024H1", _("also 2024, 2024Q3, 2024-06")),
            "dg-plan due --undated ongoing",
            "dg-plan due --overdue --as-of 2024-07-01 --done done.txt",
            "dg-plan due --within 90 --as-of 2024-10-01",
            "",
            _("done.txt lists finished task numbers, one per line or comma-separated."),
        ],
    )
    date = _("DATE")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument(
        "--by",
        metavar=date,
        help=_("due on or before DATE (2024-12-31, 2024/12/31, 2024.12.31 or 2024年12月31日)"),
    )
    when.add_argument(
        "--between", nargs=2, metavar=(_("START"), _("END")), help=_("due in this range")
    )
    when.add_argument(
        "--in",
        dest="period",
        metavar=_("PERIOD"),
        help=_("2024, 2024H1, 2024Q3, 2024-06, 2024年上半年, 2024年第三季度, 2024年6月"),
    )
    undated = ["all", *(k.value for k in DeadlineKind if k is not DeadlineKind.DATE)]
    when.add_argument(
        "--undated",
        nargs="?",
        const="all",
        **_kind_option(_("tasks whose deadline is no date, or those of one kind"), undated),
    )
    when.add_argument("--overdue", action="store_true", help=_("due before --as-of, not --done"))
    when.add_argument(
        "--within", type=Whole(), metavar=_("DAYS"), help=_("due within DAYS of --as-of")
    )
    p.add_argument(
        "--as-of", metavar=date, help=_("the day to judge from (with --overdue, --within)")
    )
    p.add_argument(
        "--done", metavar=_("FILE"), help=_("finished task numbers ('-': standard input)")
    )
    command("timeline", timeline, _("every deadline with its tasks"), ["dg-plan timeline"])
    p = command(
        "workload",
        workload,
        _("per unit: tasks led, responsible for and supported, per deadline year"),
        ["dg-plan workload --top 10", "dg-plan workload --members --json"],
    )
    p.add_argument(
        "--top", type=Whole(), default=None, metavar="N", help=_("only the first N units")
    )
    p.add_argument("--members", action="store_true", help=_("include the collectives' members"))
    p = command(
        "list-units",
        list_units,
        _("every responsible unit, with its kind and task counts"),
        ["dg-plan list-units", "dg-plan list-units --kind local"],
    )
    kinds = [k.value for k in UnitKind]
    p.add_argument("--kind", **_kind_option(_("only units of this kind"), kinds))


def _file_commands(command: _Command) -> None:
    p = command(
        "list-platforms",
        list_platforms,
        _("every platform the tasks mention, with the tasks"),
        ["dg-plan list-platforms", "dg-plan list-platforms --json"],
    )
    kinds = [k.value for k in PlatformKind]
    p.add_argument("--kind", **_kind_option(_("only platforms of this kind"), kinds))
    p = command(
        "export",
        export_plan,
        _("write the plan to a file: {formats}").format(formats=_(", ").join(export.FORMATS)),
        [
            "dg-plan export json plan.json",
            ("dg-plan export csv tasks.csv --bom", _("for Excel and WPS")),
            "dg-plan export csv units.csv --form long",
            "dg-plan export xlsx plan.xlsx",
            (
                "dg-plan --lang zh export xlsx plan.xlsx",
                _("headers and values in Chinese (csv and xlsx)"),
            ),
            "dg-plan export graphml plan.graphml",
            "dg-plan export node-link plan-graph.json",
            "dg-plan export ics deadlines.ics",
            ("dg-plan export sqlite plan.db", _("for Datasette, with plan.metadata.json")),
            "dg-plan export sqlite plan.db --ledger ledger.json",
            ("dg-plan export datapackage plan-data", _("a Frictionless data package")),
            ("dg-plan export csv - | head", _("'-' is standard output")),
        ],
        listing=False,
    )
    p.add_argument(
        "format", choices=list(export.FORMATS), metavar=_("FORMAT"), help=_("the file format")
    )
    p.add_argument(
        "path",
        metavar=_("PATH"),
        help=_("the file to write, a folder for datapackage ('-': standard output)"),
    )
    p.add_argument("--bom", action="store_true", help=_("csv: start with a UTF-8 byte-order mark"))
    p.add_argument("--form", choices=["wide", "long"], default="wide", help=_("csv: the form"))
    p.add_argument(
        "--ledger",
        metavar=_("LEDGER"),
        help=_("sqlite, datapackage: add the reports of this ledger JSON file"),
    )
    formats = _(", ").join(f".{f}" for f in PLOT_FORMATS)
    p = command(
        "import",
        import_list,
        _("read a task list (.xlsx, .docx, .csv, .txt, .md) into a plan file"),
        [
            "dg-plan import 任务清单.xlsx -o plan.json",
            "dg-plan import 实施方案.docx -o plan.json --strict",
            "dg-plan import 分工方案.txt --json",
            "dg-plan import 分工方案.txt --review review.xlsx --decisions decisions.toml",
            _("dg-plan import 民生实事.docx --column text=民生实事"),
            "dg-plan --plan plan.json overview",
            "",
            _(
                "Names resolve to the units of the plan in force (--plan, or the shipped plan).\n"
                "Exit status 1 with --strict when anything cannot be read."
            ),
        ],
    )
    p.add_argument("file", metavar=_("FILE"), help=_("the task list to read"))
    p.add_argument(
        "-o",
        "--output",
        metavar=_("FILE"),
        help=_("write the plan (JSON) here ('-': standard output)"),
    )
    p.add_argument("--strict", action="store_true", help=_("fail when anything cannot be read"))
    p.add_argument(
        "--decisions",
        metavar=_("FILE"),
        help=_("apply a reviewer's decisions (TOML) to what was read"),
    )
    p.add_argument(
        "--review",
        metavar=_("FILE"),
        help=_("write a review workbook (.xlsx): every task, its problems and notes"),
    )
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=_("ROLE=HEADER"),
        help=_(
            "a table's column the reader does not know, by its header: ROLE is text, "
            "number, deadline, units, lead, responsible, support or ignore (repeatable)"
        ),
    )
    p = command(
        "plot",
        plot_file,
        _("draw a plot to a file ({formats}): timeline, workload or graph").format(formats=formats),
        [
            "dg-plan plot timeline deadlines.png",
            "dg-plan plot workload units.svg --top 10",
            "dg-plan plot graph yushiban.png --platform 豫事办",
            "",
            _(
                "Chinese labels need a CJK font "
                "(Debian and Ubuntu: apt-get install fonts-noto-cjk)."
            ),
        ],
        listing=False,
    )
    p.add_argument("kind", choices=plot.KINDS, metavar=_("KIND"), help=_("what to draw"))
    p.add_argument("path", metavar=_("PATH"), help=_("the image file to write"))
    p.add_argument(
        "--top", type=Whole(), default=15, metavar="N", help=_("workload: units to show")
    )
    p.add_argument("--unit", metavar=_("NAME"), help=_("graph: only this unit's tasks"))
    p.add_argument("--platform", metavar=_("NAME"), help=_("graph: only tasks mentioning it"))
    p.add_argument("--section", metavar=_("ID"), help=_("graph: only this section's tasks"))
    p = command(
        "site",
        site,
        _("write a static website of the plan: Chinese and English, search, works offline"),
        [
            "dg-plan site plan-site",
            "dg-plan site plan-site --ledger ledger.json --as-of 2024-12-31",
            "",
            _(
                "Open plan-site/index.html in a browser: it needs no server and nothing "
                "from the network."
            ),
        ],
        listing=False,
    )
    p.add_argument("folder", metavar=_("DIR"), help=_("the folder to write the site into"))
    p.add_argument(
        "--ledger",
        metavar=_("LEDGER"),
        help=_("a ledger JSON file: show how the tasks stand, and each task's reports"),
    )
    p.add_argument(
        "--as-of",
        metavar=_("DATE"),
        help=_("with --ledger: the day to judge from (default: the latest report's)"),
    )


def _commands_of(
    parser: argparse.ArgumentParser,
    heading: str,
    *,
    dest: str,
    metavar: str,
    required: bool = False,
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """*parser*'s commands, under *heading*: 命令, not argparse's 参数 (positional arguments).

    The commands are the parser's only positional, so their group's title is theirs.
    """
    parser._positionals.title = heading  # noqa: SLF001 - argparse's own group
    return parser.add_subparsers(dest=dest, metavar=metavar, required=required)


def _report_options(q: argparse.ArgumentParser) -> None:
    """The report's file; its 落款: the office it is from, the day it is signed."""
    q.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=_("FILE"),
        help=_("report.html, report.xlsx or 汇总表.docx"),
    )
    q.add_argument(
        "--office",
        metavar=_("NAME"),
        help=_("the office the report is from: the report ends with its name and the date"),
    )
    q.add_argument(
        "--date",
        metavar=_("DATE"),
        help=_("with --office: the day the report is signed (default: today)"),
    )


def _signed(q: argparse.ArgumentParser) -> None:
    """The options of a command that writes notices: who signs them, the day they bear."""
    q.add_argument(
        "--office",
        metavar=_("NAME"),
        help=_("the sending office, signed on the notices (without it, a placeholder to fill in)"),
    )
    q.add_argument(
        "--date",
        metavar=_("DATE"),
        help=_("the day the notices are dated, the day they are issued (default: today)"),
    )
    q.add_argument(
        "--number",
        metavar=_("PREFIX"),
        default="",
        help=_(
            "number the notices in the order written, printed under each title: the "
            "document number's prefix, e.g. 豫督〔2024〕 for 豫督〔2024〕1号, 2号 … "
            "(default: no number)"
        ),
    )
    q.add_argument(
        "--first-number",
        type=Whole(),
        metavar=_("N"),
        help=_(
            "with --number: the first notice's number (default: one after the highest "
            "number of that prefix the ledger's log of notices holds, or 1)"
        ),
    )
    q.add_argument(
        "--contact",
        metavar=_("PERSON"),
        help=_("the contact person printed on the notices (without it, a placeholder)"),
    )
    q.add_argument(
        "--phone",
        metavar=_("PHONE"),
        help=_("the contact telephone printed on the notices (without it, a placeholder)"),
    )
    q.add_argument(
        "--cc",
        metavar=_("BODY"),
        action="append",
        default=[],
        help=_(
            "a body the notices are copied to (抄送), printed at their foot; repeat it, or "
            "separate the bodies with 、 (default: none)"
        ),
    )


def _chase_returns(q: argparse.ArgumentParser) -> None:
    """Chase's options on the round's returns: the files set aside, the templates sent."""
    q.add_argument(
        "--returns",
        nargs="+",
        metavar=_("FILE"),
        help=_(
            "the round's returned files (or folders): a unit whose file was set aside is "
            "chased as returned, set aside for correction, not as not reported"
        ),
    )
    q.add_argument(
        "--sent",
        metavar=_("DIR"),
        help=_(
            "the round's templates sent (the folder of template --all, or its sent.csv): "
            "say how many units returned their file, and with --notices write a 催报 "
            "notice to each that returned none"
        ),
    )


def _track_commands(
    command: _Command, as_json: argparse.ArgumentParser, lang: argparse.ArgumentParser
) -> None:
    p = command(
        "track",
        track_template,
        _(
            "supervision: reporting templates out, returned files in, status, late tasks, "
            "scores, chasing, report"
        ),
        [
            "dg-plan track template 省审计厅 audit.xlsx --as-of 2024-12-31",
            "dg-plan track template --all sent/ --as-of 2024-12-31",
            "dg-plan track collect returned/*.xlsx -o ledger.json",
            "dg-plan track collect returned/ --sent sent/ --notices notices/ -o ledger.json",
            "dg-plan track collect round2/ --into ledger.json",
            "dg-plan track collect corrected/省审计厅.xlsx --into ledger.json --replace",
            "dg-plan track withdraw ledger.json --unit 省审计厅 --as-of 2024-12-31",
            "dg-plan track status ledger.json --as-of 2024-12-31",
            "dg-plan track status ledger.json --as-of 2024-12-31 --unit 省审计厅",
            "dg-plan track status ledger.json --as-of 2024-12-31 --task 5",
            "dg-plan track late ledger.json --as-of 2024-12-31 --json",
            "dg-plan track scorecard ledger.json --as-of 2024-12-31",
            "dg-plan track chase ledger.json --as-of 2025-01-01 --notices notices/",
            "dg-plan track report ledger.json --as-of 2024-12-31 -o report.html",
            "",
            _(
                "collect puts the good files in the ledger and sets aside each file with "
                "a problem, listing every problem: exit status 0 when every file was "
                "collected, 3 when some were set aside (the ledger is written all the "
                "same), 1 when nothing could be written (or, with --strict, on any problem)."
            ),
        ],
        listing=False,
    )
    actions = _commands_of(p, _("actions"), dest="action", metavar=_("ACTION"), required=True)

    def action(
        name: str,
        handler: Handler,
        summary: str,
        *,
        listing: bool,
    ) -> argparse.ArgumentParser:
        q = actions.add_parser(
            name,
            formatter_class=HelpFormatter,
            help=summary,
            description=_("{summary}.").format(summary=summary[0].upper() + summary[1:]),
            parents=[as_json, lang] if listing else [lang],
        )
        q.set_defaults(handler=handler, subparser=q)
        return q

    date = _("DATE")

    def judged(q: argparse.ArgumentParser, ledger: str | None = None) -> None:
        """The two arguments of every action that reads a ledger as of a day."""
        q.add_argument("ledger", metavar=_("LEDGER"), help=ledger or _("a ledger JSON file"))
        q.add_argument("--as-of", required=True, metavar=date, help=_("the day to judge from"))

    q = action(
        "template",
        track_template,
        _("write a unit's reporting template (xlsx)"),
        listing=False,
    )
    q.add_argument(
        "unit", nargs="?", metavar=_("UNIT"), help=_("the unit's name, full name or an alias")
    )
    q.add_argument("path", nargs="?", metavar=_("PATH"), help=_("the xlsx file to write"))
    q.add_argument("--as-of", required=True, metavar=date, help=_("the day reports speak for"))
    q.add_argument(
        "--all",
        metavar=_("DIR"),
        help=_(
            "write a template for every unit that can receive one into DIR (members of "
            "collectives by name), and sent.csv listing them"
        ),
    )
    q.add_argument(
        "--force", action="store_true", help=_("overwrite existing files (a filled return too)")
    )
    q = action(
        "collect",
        track_collect,
        _("read returned templates into a ledger, setting aside the files with problems"),
        listing=False,
    )
    q.add_argument(
        "files",
        nargs="+",
        metavar=_("FILE"),
        help=_("the returned files (.xlsx, .xls, .ods, .csv) or folders of them"),
    )
    q.add_argument(
        "-o",
        "--output",
        metavar=_("LEDGER"),
        help=_("the ledger JSON to write ('-': standard output; default: the --into ledger)"),
    )
    q.add_argument(
        "--into",
        metavar=_("LEDGER"),
        help=_("add this round to an existing ledger (written back to it unless -o is given)"),
    )
    q.add_argument(
        "--replace",
        action="store_true",
        help=_(
            "with --into: a file a unit sends again (a corrected form, a report taken by "
            "telephone) replaces that unit's reports of the same 数据截止日期 in the ledger; "
            "the collection says how many"
        ),
    )
    q.add_argument(
        "--strict",
        action="store_true",
        help=_("all or nothing: any problem in any file stops the collection (exit status 1)"),
    )
    q.add_argument(
        "--notices",
        metavar=_("DIR"),
        help=_(
            "write a 退回修改 notice (.docx) into DIR (created if missing) for each unit "
            "whose file was set aside"
        ),
    )
    q.add_argument(
        "--force",
        action="store_true",
        help=_(
            "write over an existing -o ledger (replacing it) and notices already in DIR "
            "(a clerk may have edited them)"
        ),
    )
    q.add_argument(
        "--return-by",
        metavar=date,
        help=_("the day the notices ask for the corrected files by (default: left blank)"),
    )
    _signed(q)
    q.add_argument(
        "--sent",
        metavar=_("PATH"),
        help=_(
            "the folder the templates were written to (or a list of units, one a line, "
            "under a header): the units that returned nothing are listed; collect writes "
            "them no notice (chase --sent with --notices writes their 催报 notices)"
        ),
    )
    q = action(
        "withdraw",
        track_withdraw,
        _("take a unit's reports of one 数据截止日期 out of a ledger (written back whole)"),
        listing=False,
    )
    q.add_argument("ledger", metavar=_("LEDGER"), help=_("a ledger JSON file"))
    q.add_argument(
        "--unit", required=True, metavar=_("NAME"), help=_("the unit whose reports are withdrawn")
    )
    q.add_argument(
        "--as-of", required=True, metavar=date, help=_("the 数据截止日期 of the reports withdrawn")
    )
    q = action(
        "status",
        track_status,
        _("how the tasks stand, per part or for one unit"),
        listing=True,
    )
    judged(q, _("a ledger JSON file (from 'track collect')"))
    which = q.add_mutually_exclusive_group()
    which.add_argument("--unit", metavar=_("NAME"), help=_("one unit's tasks, with its own status"))
    which.add_argument(
        "--task",
        type=Whole(),
        action="append",
        metavar="N",
        help=_(
            "how task N's status was reached: each accountable unit's own latest report "
            "and the rule (repeatable)"
        ),
    )
    q = action(
        "late",
        track_late,
        _("the tasks due before a day and not done by then"),
        listing=True,
    )
    judged(q)
    q = action(
        "scorecard",
        track_scorecard,
        _("each unit's own record: only the tasks where it is accountable, ranked"),
        listing=True,
    )
    judged(q)
    q = action(
        "chase",
        track_chase,
        _("whom to chase: each unit's late tasks not done by its own answer"),
        listing=True,
    )
    judged(q)
    q.add_argument(
        "--notices",
        metavar=_("DIR"),
        help=_("write a draft supervision notice (.docx) per unit into DIR (created if missing)"),
    )
    q.add_argument(
        "--force",
        action="store_true",
        help=_("overwrite notices already in DIR (a clerk may have edited them)"),
    )
    q.add_argument(
        "--reply-by",
        metavar=date,
        help=_(
            "the day the notices ask a reply by (default: a week after their date); a unit "
            "whose file was sent back by a day not yet past is asked for that day"
        ),
    )
    _signed(q)
    _chase_returns(q)
    q = action(
        "report",
        track_report,
        _("write the supervision report (HTML, .xlsx or .docx)"),
        listing=False,
    )
    judged(q)
    _report_options(q)
