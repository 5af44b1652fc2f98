"""argparse, as dg-plan uses it: the help formatter, the parser class, argparse's words.

argparse's messages ("usage: ", "options", its errors) are looked up in dg_plan's
catalog while dg-plan runs (:func:`route_argparse`). :class:`Parser` matches the one
message Python 3.10 does not translate, ``argument X: ...``: that is argparse's own
English text, which the standard library produces, not a message of dg_plan; it is
the only text the command line matches with a regular expression.
"""

from __future__ import annotations

import argparse
import contextvars
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from dg_plan._i18n import N_, ngettext, pgettext
from dg_plan._i18n import gettext as _
from dg_plan._vocabulary import ROLE_WORDS

from .terminal import pad, width, wrap

__all__ = [
    "ARGPARSE_MESSAGES",
    "RUNNING",
    "HelpFormatter",
    "Parser",
    "Said",
    "Whole",
    "argparse_plurals",
    "examples",
    "role_word",
    "route_argparse",
]


#: The pieces a help line may be broken after: up to a space, or to 、，；：.
# A short quoted piece (the separator “、”) is kept whole: never broken inside its quotes.
_BREAKS = re.compile(r"(?:“[^”\s]{1,3}”|[^ 、，；：。])*(?:[、，；：。]| +|$)")
_CLAUSES = re.compile(r"(?:“[^”\s]{1,3}”|[^、，；：。])*(?:[、，；：。]|$)")
# A command and its other names, as argparse's list of commands writes them.
_ALIASED = re.compile(r"(\S+) \((.+)\)")
# Chinese text: a line with a Chinese character in it.
_CHINESE = re.compile(r"[\u3400-\u9fff]")


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help, with options aligned by display width (``--by 日期``).

    argparse pads an option's invocation with ``len()``, which counts a Chinese
    metavar's characters as one column each; the padding after it is cut by the
    difference, or the help moves to the next line, as argparse does for a long one.

    A section's heading ends with the colon of the language in force (``选项：``) on
    every Python: argparse 3.13 looks ``"%(heading)s:"`` up in the catalog, but 3.10
    to 3.12 append an ASCII ``:`` themselves, which :meth:`format_help` puts right.
    """

    def start_section(self, heading: str | None) -> None:
        """Start a section, remembering its heading for :meth:`format_help`."""
        if heading:
            self._dg_headings = (*getattr(self, "_dg_headings", ()), heading)
        super().start_section(heading)

    def format_help(self) -> str:
        """Return the help, each section's heading with the colon of the language in force."""
        text = super().format_help()
        for heading in getattr(self, "_dg_headings", ()):
            said = _("%(heading)s:") % {"heading": heading}
            # Python < 3.13 wrote "heading:" (3.13 wrote `said` already: nothing to do).
            pattern = re.compile(rf"^( *){re.escape(heading)}:$", re.MULTILINE)
            text = pattern.sub(lambda m: str(m[1]) + said, text)  # noqa: B023 - used at once
            # The commands' metavar under a heading of the same word (命令： then 命令)
            # says nothing more: the list of commands follows the heading directly.
            # English (commands: COMMAND) differs in case and keeps its line.
            text = text.replace(f"\n{said}\n  {heading}\n", f"\n{said}\n")
        return text

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        # argparse wraps the usage line by len(), a Chinese metavar (台账) one column a
        # character: the line ran past the terminal (track collect at 80 columns). It is
        # wrapped again, narrower by what it overran, if that makes it fit; a part too
        # wide alone (due's group of options) is left as argparse wraps it.
        full, actions = self._width, list(actions)
        said = super()._format_usage(usage, actions, groups, prefix)
        narrower = said
        try:
            for _attempt in range(3):
                over = max(width(line) for line in narrower.splitlines()) - full
                if over <= 0:
                    return narrower
                self._width -= over
                narrower = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width = full
        return said

    def _split_lines(self, text: str, width_: int) -> list[str]:
        # argparse wraps at spaces and hyphens (node-link became node- / link): a Chinese
        # help has few spaces, so it is wrapped at spaces and after 、，；： too, never
        # at a hyphen, and by display width.
        text = self._whitespace_matcher.sub(" ", text).strip()
        lines: list[str] = []
        line = ""
        # A space in a Chinese help stands beside an option or a file name (加 --notices 时):
        # no place to break, unless the clause is too wide for the column.
        chinese = bool(_CHINESE.search(text))
        for piece in _CLAUSES.findall(text) if chinese else _BREAKS.findall(text):
            if line and width(line + piece.rstrip()) > width_:
                lines.append(line.rstrip())
                line = piece.lstrip()
            else:
                line += piece
            # A clause wider than the column (no 、，；：。 in it) is broken as the
            # terminal breaks Chinese, not left to run past the terminal's edge.
            if width(line.rstrip()) > width_:
                *full, line = wrap(line.rstrip(), width_)
                lines += full
        if line.strip():
            lines.append(line.rstrip())
        return lines

    def _fill_text(self, text: str, width_: int, indent: str) -> str:
        # A description or an epilog is kept as written (its examples' columns), but a
        # Chinese line of prose wider than the terminal is broken after its punctuation,
        # not wherever the terminal's edge falls (the reader15's 80 columns).
        return "".join(
            "".join(f"{piece}\n" for piece in wrap(line.rstrip("\n"), width_, indent))
            if _CHINESE.search(line) and not line.startswith(" ") and width(line) > width_
            else indent + line
            for line in text.splitlines(keepends=True)
        )

    def _format_action_invocation(self, action: argparse.Action) -> str:
        # An option's spellings (-o FILE, --output FILE) joined as the language joins
        # a list: 、 in Chinese.
        text = super()._format_action_invocation(action)
        # A command with other names, as argparse lists it: "unit (units)". Chinese
        # brackets are full-width: unit（units）.
        named = (
            _ALIASED.fullmatch(text) if type(action).__name__ == "_ChoicesPseudoAction" else None
        )
        if named:
            return pgettext("a command and its other names", "{command} ({aliases})").format(
                command=named[1], aliases=_(", ").join(named[2].split(", "))
            )
        return text.replace(", -", _(", ") + "-") if len(action.option_strings) > 1 else text

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        header = self._format_action_invocation(action)
        extra = width(header) - len(header)
        start = " " * self._current_indent + header
        if extra <= 0 or not action.help or not text.startswith(start + "  "):
            return text
        rest = text[len(start) :]
        spaces = len(rest) - len(rest.lstrip(" "))
        if spaces - extra >= 2:
            return start + rest[extra:]
        return start + "\n" + " " * (len(start) + spaces) + rest[spaces:]


def role_word(text: str) -> str:
    """A --role value: lead, responsible, support, or the print's word (牵头, 配合 …).

    What is no role's word is passed on as typed, for argparse to list the choices.
    """
    role = ROLE_WORDS.get(text.strip().lower())
    return text if role is None else role.value


class Said:
    """A value the user typed, as argparse's ``%r`` names it in the language in force.

    In English it is the value's ``repr`` (``'bogus'``), as argparse writes it; in
    Chinese it is quoted with full-width marks (``“bogus”``).
    """

    def __init__(self, text: object) -> None:
        self.text = text

    def __repr__(self) -> str:
        return pgettext("a value the user typed, quoted", "{value!r}").format(value=self.text)

    def __str__(self) -> str:
        # A Chinese message quotes it itself (“%(value)s”), with no %r in its words.
        return str(self.text)


class Whole:
    """argparse's ``type`` for a whole number, named in the language in force.

    argparse names the type in its error (``invalid int value: 'abc'``) by its
    ``__name__``, which for ``int`` would stay English.
    """

    def __init__(self, refused: str = "") -> None:
        self.__name__ = _("int")
        #: The sentence that refuses a value that is no number (empty: argparse's).
        self.refused = refused

    def __call__(self, text: str) -> int:
        return int(text)


def examples(*lines: str | tuple[str, str]) -> str:
    """The epilog of examples: commands, a command with a comment (a pair), a note."""
    out = []
    for line in lines:
        if isinstance(line, tuple):
            command, comment = line
            out.append(f"  {pad(command, 30)}  # {comment}")
        elif line.startswith("dg-plan"):
            out.append(f"  {line}")
        else:
            out.append(line)
    return _("examples:") + "\n" + "\n".join(out)


class Refused(argparse.ArgumentError):
    """A value refused, said as one sentence that names its argument.

    argparse says ``argument X: message``; Chinese says it as one sentence
    (序号“abc”不是有效的整数, 命令“bogus”无效，可选值：…), so the argument's name is
    a placeholder of the whole message (*sentence*, with ``%(argument_name)s``),
    not a prefix glued before it. In English the sentence is argparse's own text.
    """

    def __init__(self, action: argparse.Action, sentence: str, values: dict[str, object]) -> None:
        super().__init__(action, "")
        self.sentence = sentence % {"argument_name": self.argument_name, **values}
        # What the error's message was before: argparse's words after the name.
        self.message = self.sentence

    def __str__(self) -> str:
        return self.sentence


def _named(template: str, names: list[str]) -> str:
    """Argparse's *template* naming *names*, in the words --help uses for them.

    --help heads the options 选项 and the positional arguments 参数: a list of options
    alone says 选项 (缺少以下必需选项：--as-of), one of positional arguments alone
    参数, a list of both says both. English says "arguments" for all.
    """
    options = [n.startswith("-") for n in names]
    if template == "the following arguments are required: %s":
        if all(options):
            return pgettext("every one an option", "the following arguments are required: %s")
        if any(options):
            return pgettext(
                "options and positional arguments", "the following arguments are required: %s"
            )
    if template == "unrecognized arguments: %s" and all(options):
        return pgettext("every one an option", "unrecognized arguments: %s")
    return _(template)


class Parser(argparse.ArgumentParser):
    """argparse's parser, saying argparse's own words alike on Python 3.10 to 3.13.

    Its subcommands' parsers are of this class too (argparse makes them of the
    class of the parser that adds them).
    """

    def _parse_known_args(self, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - argparse's
        """Say an argument's error from its parts, ``argument X:`` in the language in force.

        argparse turns an :class:`argparse.ArgumentError` into text with ``str()``;
        Python 3.10 writes that text (``argument %(argument_name)s: %(message)s``)
        without looking it up in the catalog. Caught here, the error is said from its
        own attributes on every Python, so no text is read back.
        """
        try:
            return super()._parse_known_args(*args, **kwargs)
        except argparse.ArgumentError as err:
            if not self.exit_on_error:
                raise
            if isinstance(err, Refused):
                self.error(err.sentence)
            if err.argument_name is None:
                self.error(err.message)
            # An option is a 选项 in Chinese, as --help heads them; a positional a 参数.
            template = (
                pgettext("an option's error", "argument %(argument_name)s: %(message)s")
                if err.argument_name.startswith("-")
                else _("argument %(argument_name)s: %(message)s")
            )
            self.error(template % {"argument_name": err.argument_name, "message": err.message})

    def error(self, message: str) -> NoReturn:
        """Exit with a usage error, its list of options joined as the language joins one.

        argparse joins the options of "one of the arguments … is required" with spaces
        and those of "the following arguments are required" with ", ": Chinese joins
        them with 、 (须指定以下选项之一：--by、--between).
        """
        sep = _(", ")
        if sep != ", ":
            for template, joined in (
                ("one of the arguments %s is required", " "),
                ("the following arguments are required: %s", ", "),
                ("unrecognized arguments: %s", " "),
            ):
                head, _s, tail = _(template).partition("%s")
                if message.startswith(head) and message.endswith(tail):
                    names = message[len(head) : len(message) - len(tail)].split(joined)
                    message = _named(template, names) % sep.join(names)
                    break
        super().error(message)

    def _check_value(self, action: argparse.Action, value: Any) -> None:  # noqa: ANN401 - argparse's value
        """Refuse a value not among the choices, naming them alike on every Python.

        Python 3.10 to 3.12.7 and 3.13.0 quote each choice (``'overview', 'show'``),
        3.12.8 and 3.13.1 on do not: here they are never quoted, and are joined as
        the language in force joins a list (``overview、show`` in Chinese).
        """
        choices = action.choices
        if choices is not None and value not in choices:
            said = {"value": Said(value), "choices": _(", ").join(map(str, choices))}
            if action.option_strings:
                sentence = pgettext(
                    "an option's value refused, said as one sentence",
                    "argument %(argument_name)s: invalid choice: %(value)r "
                    "(choose from %(choices)s)",
                )
            else:
                sentence = pgettext(
                    "a positional argument's value refused, said as one sentence",
                    "argument %(argument_name)s: invalid choice: %(value)r "
                    "(choose from %(choices)s)",
                )
            raise Refused(action, sentence, said)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:  # noqa: ANN401 - argparse's value
        """Convert a value, naming a refused one as :class:`Said` quotes it."""
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as err:
            if not isinstance(err.__context__, (TypeError, ValueError)):
                raise
            name = getattr(action.type, "__name__", repr(action.type))
            said = {"type": name, "value": Said(arg_string)}
            if isinstance(action.type, Whole) and action.type.refused:
                sentence = action.type.refused
            elif action.option_strings:
                sentence = pgettext(
                    "an option's value refused, said as one sentence",
                    "argument %(argument_name)s: invalid %(type)s value: %(value)r",
                )
            else:
                sentence = pgettext(
                    "a positional argument's value refused, said as one sentence",
                    "argument %(argument_name)s: invalid %(type)s value: %(value)r",
                )
            raise Refused(action, sentence, said) from None


# -- argparse's own messages --------------------------------------------------------------

# argparse's messages ("usage: ", "options", its errors), as the argparse of Python 3.10
# to 3.13 writes them: marked here so that they are extracted into dg_plan's catalog and
# translated with dg_plan's own. argparse looks them up through the module globals ``_``
# and ``ngettext`` (``from gettext import gettext as _, ngettext``), which
# route_argparse points at dg_plan's catalog while dg-plan runs.
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("%(heading)s:"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_(" (default: %(default)s)"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("%(prog)s: warning: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_('argument "-" with mode %r'),
    N_("argument '%(argument_name)s' is deprecated"),
    N_("option '%(option)s' is deprecated"),
    N_("command '%(parser_name)s' is deprecated"),
    N_("%r is not callable"),
    N_(".__call__() not defined"),
    N_("'required' is an invalid argument for positionals"),
    N_("mutually exclusive arguments must be optional"),
    N_("cannot have multiple subparser arguments"),
    N_("cannot merge actions - two groups are named %r"),
    N_("conflicting subparser: %s"),
    N_("conflicting subparser alias: %s"),
    N_("dest= is required for options like %r"),
    N_("invalid conflict_resolution value: %r"),
    N_("invalid option string %(option)r: must start with a character %(prefix_chars)r"),
)


def argparse_plurals(n: int) -> tuple[str, ...]:
    """Argparse's messages with a plural form, as dg_plan's catalog translates them."""
    return (
        ngettext("expected %s argument", "expected %s arguments", n),
        ngettext("conflicting option string: %s", "conflicting option strings: %s", n),
    )


# Whether dg-plan is running (in this thread or task): argparse's messages are then
# dg_plan's; anywhere else they stay argparse's own.
RUNNING: contextvars.ContextVar[bool] = contextvars.ContextVar("dg_plan_cli", default=False)
_ARGPARSE_GETTEXT: Callable[[str], str] = vars(argparse)["_"]
_ARGPARSE_NGETTEXT: Callable[[str, str, int], str] = vars(argparse)["ngettext"]
_ROUTE = threading.Lock()


def _argparse_gettext(message: str) -> str:
    return _(message) if RUNNING.get() else _ARGPARSE_GETTEXT(message)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    if RUNNING.get():
        return ngettext(singular, plural, n)
    return _ARGPARSE_NGETTEXT(singular, plural, n)


def route_argparse() -> None:
    """Let argparse look its messages up in dg_plan's catalog while dg-plan runs.

    argparse translates with the ``_`` and ``ngettext`` of its module, at the time
    it formats a message. They are replaced, once, by functions that use dg_plan's
    language inside :func:`main` and argparse's own lookup everywhere else, so that
    other users of argparse in the process see no change.
    """
    namespace = vars(argparse)
    with _ROUTE:
        if namespace.get("_") is not _argparse_gettext:
            namespace["_"] = _argparse_gettext
            namespace["ngettext"] = _argparse_ngettext
