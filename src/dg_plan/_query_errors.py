"""The invalid query arguments, each a kind and its values, in words per language.

An :class:`~dg_plan.InvalidQueryError`'s ``reason`` is English, as every exception's
text is; its ``kind`` and ``values`` say the same as data, and the command line
renders them in the language asked for (:func:`dg_plan._messages.render`).
"""

from __future__ import annotations

from ._errors import InvalidQueryError, InvalidTypeError
from ._message_kinds import MessageKind, error_of

__all__ = ["IMPOSSIBLE_DAY_DETAILS", "QueryErrorKind", "query_error", "type_error"]


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when an error is shown."""
    return message


_ROLES = {
    "type": "dg_plan.Role",
    "lead": "Role.LEAD",
    "responsible": "Role.RESPONSIBLE",
    "support": "Role.SUPPORT",
    "none": "None",
}


#: Why a day read as year, month and day does not exist, in the words Python's calendar
#: uses for it (the English ``detail`` of an impossible day), translated when shown.
IMPOSSIBLE_DAY_DETAILS = {
    "year": _("year 0 is out of range"),
    "month": _("month must be in 1..12"),
    "day": _("day is out of range for month"),
}


class QueryErrorKind(MessageKind):
    """What is wrong with a query argument: the kind of an :class:`~dg_plan.InvalidQueryError`.

    Code and examples of input a message shows (``Role.LEAD``, ``2024H1``) are its
    kind's constants, the same in every language; the comment of each member names
    the values an error of that kind carries.
    """

    # -- days and periods ------------------------------------------------------------
    #: A datetime (an instant) where a day belongs.
    INSTANT = (
        "instant",
        _("expected a day, got an instant: pass its {call}"),
        {"constants": {"call": ".date()"}},
    )
    #: A day that does not exist: ``detail`` (why: its year, month or day; words translated).
    IMPOSSIBLE_DAY = "impossible_day", _("impossible day: {detail}"), {"translated": ["detail"]}
    #: A text that is not a day in any of the ways people write one.
    EXPECTED_DAY = (
        "expected_day",
        _("expected a day such as 2024-12-31, 2024/12/31, 2024.12.31 or 2024年12月31日"),
    )
    #: A text that is not a period.
    EXPECTED_PERIOD = (
        "expected_period",
        _(
            "expected a period such as {year!r}, {half!r}, {quarter!r}, {month!r}, "
            "{year_half!r}, {year_quarter!r} or {year_month!r}"
        ),
        {
            "constants": {
                "year": "2024",
                "half": "2024H1",
                "quarter": "2024Q3",
                "month": "2024-06",
                "year_half": "2024年上半年",
                "year_quarter": "2024年第三季度",
                "year_month": "2024年6月",
            }
        },
    )
    #: A period whose month does not exist.
    NO_SUCH_MONTH = "no_such_month", _("no such month")
    #: A start day after the end day: ``start``, ``end``.
    START_AFTER_END = "start_after_end", _("start {start} is after end {end}")
    #: A day in a returned template that is not a day.
    NOT_A_DAY = (
        "not_a_day",
        _("not a day; write it as 2024-12-15, 2024/12/15, 2024年12月15日 or 2024.12.15"),
    )
    #: A number of days that is not a whole number >= 0.
    EXPECTED_DAYS = "expected_days", _("expected a whole number of days >= 0")
    # -- names, tasks, sections ------------------------------------------------------
    #: A unit given as neither a name nor a Unit.
    EXPECTED_UNIT_NAME = (
        "expected_unit_name",
        _("expected a unit name ({str}) or a {type}"),
        {"constants": {"str": "str", "type": "Unit"}},
    )
    #: A platform given as neither a name nor a Platform.
    EXPECTED_PLATFORM_NAME = (
        "expected_platform_name",
        _("expected a platform name ({str}) or a {type}"),
        {"constants": {"str": "str", "type": "Platform"}},
    )
    #: A section id given as a number: ``id`` (the string to pass instead).
    SECTION_ID_NUMBER = "section_id_number", _("section ids are strings: use {id!r}")
    #: A section id that is neither a string nor a number.
    SECTION_ID_NOT_TEXT = "section_id_not_text", _("section ids are strings such as '3' or '3.4'")
    #: Done tasks given as something other than task numbers or tasks.
    EXPECTED_TASKS = "expected_tasks", _("expected task numbers or tasks")
    #: A query with no words.
    EMPTY_QUERY = "empty_query", _("an empty query would match everything")
    #: A query that is not a text.
    EXPECTED_TEXT = "expected_text", _("expected a text to search for")
    # -- choices ---------------------------------------------------------------------
    #: A deadline kind that is not an undated DeadlineKind.
    EXPECTED_UNDATED_KIND = (
        "expected_undated_kind",
        _("expected a {type} that is no date, or {none}"),
        {"constants": {"type": "DeadlineKind", "none": "None"}},
    )
    #: A deadline kind that is not a DeadlineKind.
    EXPECTED_DEADLINE_KIND = (
        "expected_deadline_kind",
        _("expected a {type} or {none}"),
        {"constants": {"type": "DeadlineKind", "none": "None"}},
    )
    #: A role that is not a Role; ``member`` and ``call`` when a string named one.
    EXPECTED_ROLE = (
        "expected_role",
        (
            _(
                "expected a {type}: {lead}, {responsible} or {support}; pass {member} "
                "(or {call}), not the string"
            ),
            _("expected a {type}: {lead}, {responsible} or {support}"),
        ),
        {"constants": _ROLES},
    )
    #: A role that is neither a Role nor None; ``member`` and ``call`` as above.
    EXPECTED_ROLE_OR_NONE = (
        "expected_role_or_none",
        (
            _(
                "expected a {type}: {lead}, {responsible} or {support} (or {none}); pass "
                "{member} (or {call}), not the string"
            ),
            _("expected a {type}: {lead}, {responsible} or {support} (or {none})"),
        ),
        {"constants": _ROLES},
    )
    #: A language that is neither English nor Chinese.
    EXPECTED_LANGUAGE = (
        "expected_language",
        _("expected a language: {en!r} or {zh!r}"),
        {"constants": {"en": "en", "zh": "zh"}},
    )
    #: A table form that is neither wide nor long.
    EXPECTED_FORM = (
        "expected_form",
        _("expected {wide!r} or {long!r}"),
        {"constants": {"wide": "wide", "long": "long"}},
    )
    #: An export format that is not one: ``choices`` (a list).
    EXPECTED_FORMAT = "expected_format", _("expected one of {choices}"), {"lists": ("choices",)}
    #: A report format that is neither html nor xlsx.
    EXPECTED_REPORT_FORMAT = (
        "expected_report_format",
        _("expected {html!r}, {xlsx!r} or {docx!r}"),
        {"constants": {"html": "html", "xlsx": "xlsx", "docx": "docx"}},
    )
    #: A grouping of the summary that is not one.
    EXPECTED_GROUPING = (
        "expected_grouping",
        _("expected {unit!r}, {part!r} or {deadline!r}"),
        {"constants": {"unit": "unit", "part": "part", "deadline": "deadline"}},
    )
    # -- types -----------------------------------------------------------------------
    #: Something other than a plan where a plan belongs: ``given`` (its type's name).
    EXPECTED_PLAN = (
        "expected_plan",
        _("expected a {plan}, got a {given}"),
        {"constants": {"plan": "Plan"}},
    )
    #: Something other than a plan or None where an optional plan belongs: ``given``.
    EXPECTED_PLAN_OR_NONE = (
        "expected_plan_or_none",
        _("expected a {plan} or {none}, got a {given}"),
        {"constants": {"plan": "Plan", "none": "None"}},
    )
    #: An object dg_plan.jsonable has no JSON form for: ``given`` (its type's name).
    NO_JSON_FORM = (
        "no_json_form",
        _(
            "an object of type {given} has no {json} form: expected an object of {package}, a "
            "tuple, list or mapping of them, a text, number, day or {none}"
        ),
        {"constants": {"none": "None", "json": "JSON", "package": "dg_plan"}},
    )
    #: A mapping key that cannot be a JSON object's key: ``given`` (its type's name).
    NO_JSON_KEY = (
        "no_json_key",
        _(
            "an object of type {given} cannot be a {json} key: expected a text, whole number, "
            "day or enum"
        ),
        {"constants": {"json": "JSON"}},
    )
    #: A number JSON cannot write: ``given`` (nan, inf or -inf).
    NOT_FINITE = (
        "not_finite",
        _("the number {given} has no {json} form: {json} has no {nan} or {infinity}"),
        {"constants": {"json": "JSON", "nan": "NaN", "infinity": "Infinity"}},
    )
    # -- tracking --------------------------------------------------------------------
    #: A status that is not one: ``choices`` (a list).
    NOT_A_STATUS = (
        "not_a_status",
        _("not a status; choose one of {choices}"),
        {"lists": ("choices",)},
    )
    #: A unit that is not one of the task's: ``unit``, ``task``.
    NOT_TASK_UNIT = "not_task_unit", _("{unit} is not one of task {task}'s units")
    #: A collective whose members report for it: ``unit``, ``members`` (a list).
    THROUGH_MEMBERS = (
        "through_members",
        _("{unit} reports through its members ({members}); write a template for each"),
        {"lists": ("members",)},
    )
    #: A collective that names no member, so nobody can be sent its template: ``unit``.
    NAMES_NO_MEMBER = (
        "names_no_member",
        _(
            "{unit} is a collective that names no member unit: nobody can be sent its "
            "template, nor report for it"
        ),
    )
    #: A unit that answers for no task: ``unit``.
    NO_TASK_FOR_UNIT = "no_task_for_unit", _("{unit} answers for no task of the plan")
    #: A file that would be overwritten (a template over a return): ``path``; with
    #: ``paths`` (a list), every file in the way (``path`` the first of them); with
    #: ``returns``, those of them that are templates (the others: the list of units
    #: sent); ``listed``: the list of units sent, alone in the way.
    FILE_EXISTS = (
        "file_exists",
        (
            # Templates and the list of units sent in the way: only the templates may
            # be filled returns (``returns``, a list); the list is named plainly.
            _(
                "these files exist already: {paths}; {returns} may be filled returns, the "
                "list of units sent may have been edited; write elsewhere, or overwrite them "
                "on purpose ({argument}; on the command line, {option})"
            ),
            _(
                "these files exist already and may be filled returns: {paths}; write "
                "elsewhere, or overwrite them on purpose ({argument}; on the command "
                "line, {option})"
            ),
            # The list of units sent alone in the way (``listed``): no return.
            _(
                "{listed} exists already (the list of units sent; it may have been edited): "
                "write elsewhere, or overwrite it on purpose ({argument}; on the command "
                "line, {option})"
            ),
            _(
                "{path} exists already and may be a filled return: write elsewhere, or "
                "overwrite it on purpose ({argument}; on the command line, {option})"
            ),
        ),
        {
            "lists": ("paths", "returns"),
            "constants": {"argument": "overwrite=True", "option": "--force"},
        },
    )
    #: Notices that would be overwritten (a clerk may have edited them): ``paths`` (a list).
    NOTICES_EXIST = (
        "notices_exist",
        _(
            "these notices exist already and may have been edited: {paths}; write elsewhere, "
            "or overwrite them on purpose ({argument}; on the command line, {option})"
        ),
        {"lists": ("paths",), "constants": {"argument": "overwrite=True", "option": "--force"}},
    )
    #: tracking.loads given its arguments the other way round: ``type`` (what came first).
    PLAN_FIRST = (
        "plan_first",
        _("expected the {plan} first, then the text: {call}; got a {type} first"),
        {"constants": {"plan": "Plan", "call": "tracking.loads(plan, text)"}},
    )


def query_error(
    kind: QueryErrorKind, argument: str, value: object, **values: str | tuple[str, ...]
) -> InvalidQueryError:
    """Return the error of *kind* for *argument* given *value*, its reason in English.

    Raises:
        ValidationError: A value *kind* needs is missing (a bug of the caller).
    """
    return error_of(InvalidQueryError, kind, "query error", argument, value, **values)


def type_error(
    kind: QueryErrorKind, argument: str, value: object, **values: str | tuple[str, ...]
) -> InvalidTypeError:
    """Return the :class:`~dg_plan.InvalidTypeError` of *kind* for *argument* given *value*.

    Raises:
        ValidationError: A value *kind* needs is missing (a bug of the caller).
    """
    return error_of(InvalidTypeError, kind, "type error", argument, value, **values)
