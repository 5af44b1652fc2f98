"""What is wrong with a plan file, each a kind and its values, in words per language.

A :class:`~dg_plan.PlanDataError`'s ``reason`` is English, as every exception's text
is; its ``kind`` and ``values`` say the same as data, and the command line renders
them in the language asked for (:func:`dg_plan._messages.render`). Where the reason is
another layer's (a model rule the document breaks, Python's JSON decoder), the error
takes that layer's kind when it has one, else :attr:`PlanDataErrorKind.REASON`.
"""

from __future__ import annotations

from ._errors import PlanDataError
from ._message_kinds import MessageKind, check_values, english, error_of, to_values

__all__ = ["PlanDataErrorKind", "RefusedValueError", "from_exception", "plan_data_error"]


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when an error is shown."""
    return message


class PlanDataErrorKind(MessageKind):
    """What is wrong with a plan document: the kind of a :class:`~dg_plan.PlanDataError`.

    The comment of each member names the values an error of that kind carries. Names
    from the format (a field, a type, an enum's values) are values: they are the same
    in every language.
    """

    # -- the text ----------------------------------------------------------------------
    #: The file's bytes are not UTF-8: ``detail`` (Python's reason).
    NOT_UTF8 = "not_utf8", _("not UTF-8 text: {detail}")
    #: The text is not JSON: ``detail`` (the decoder's reason), ``line``, ``column``.
    NOT_JSON = "not_json", _("not valid JSON: {detail} (line {line}, column {column})")
    #: The text cannot be parsed at all: ``detail`` (Python's reason).
    NOT_JSON_TEXT = "not_json_text", _("not valid JSON text: {detail}")
    #: The document is not a JSON object.
    NOT_OBJECT = "not_object", _("a plan must be a JSON object")
    # -- the version -------------------------------------------------------------------
    #: A format_version this release does not read: ``oldest``, ``newest`` (the ones it reads).
    UNSUPPORTED_VERSION = (
        "unsupported_version",
        _(
            "unsupported format_version (this release reads {oldest} and {newest}; "
            "a newer file needs a newer dg_plan)"
        ),
    )
    # -- fields ------------------------------------------------------------------------
    #: A required field is missing: ``field``.
    MISSING_FIELD = "missing_field", _("missing field {field!r}")
    #: A field the format does not have: ``field``; ``close`` when one is spelt alike.
    UNKNOWN_FIELD = (
        "unknown_field",
        (_("unknown field {field!r}; did you mean {close!r}?"), _("unknown field {field!r}")),
    )
    #: A value of the wrong JSON type: ``expected``, ``got`` (type names).
    WRONG_TYPE = "wrong_type", _("expected {expected}, got {got}")
    #: A list of the wrong length (a span): ``count``, ``value``.
    WRONG_LENGTH = "wrong_length", _("expected a list of {count} items, got {value}")
    #: A value that is not one of an enum's: ``enum`` (its name), ``allowed`` (a list).
    UNKNOWN_ENUM_VALUE = (
        "unknown_enum_value",
        _("unknown {enum} (expected one of {allowed})"),
        {"lists": ("allowed",)},
    )
    #: A deadline whose printed form says another deadline: ``expected`` (the right one).
    PRINTED_MISMATCH = (
        "printed_mismatch",
        _("printed form does not match the deadline (expected {expected!r})"),
    )
    # -- references --------------------------------------------------------------------
    #: A unit name that is not in the plan's units.
    UNKNOWN_UNIT = "unknown_unit", _("unknown unit: not in the plan's units")
    #: A platform name that is not in the plan's platforms.
    UNKNOWN_PLATFORM = "unknown_platform", _("unknown platform: not in the plan's platforms")
    #: A task number that is not in the plan's tasks.
    UNKNOWN_TASK = "unknown_task", _("unknown task: not in the plan's tasks")
    #: Two tasks with one number.
    DUPLICATE_NUMBER = "duplicate_number", _("duplicate task number")
    # -- another layer's reason ---------------------------------------------------------
    #: A rule of the model the document breaks, said by the model: ``reason`` (English).
    REASON = "reason", "{reason}"


class RefusedValueError(TypeError):
    """A value the format's converter refuses, as a kind and its values.

    Raised inside the converter (a JSON value of the wrong type); :func:`from_exception`
    turns it into a :class:`~dg_plan.PlanDataError` at its path, keeping its kind.
    """

    def __init__(self, kind: PlanDataErrorKind, **values: str) -> None:
        self.kind = kind
        self.values: tuple[tuple[str, str], ...] = to_values(values)  # type: ignore[assignment]
        check_values(kind, self.values, "plan data error")
        super().__init__(english(kind, self.values))


def plan_data_error(
    kind: MessageKind, path: str, value: object, **values: str | tuple[str, ...]
) -> PlanDataError:
    """Return the error of *kind* at the JSON *path*, the offending *value*; reason in English.

    Raises:
        ValidationError: A value *kind* needs is missing (a bug of the caller).
    """
    return error_of(PlanDataError, kind, "plan data error", path, value, **values)


def from_exception(
    exc: BaseException, path: str, value: object, reason: str | None = None
) -> PlanDataError:
    """Return the error at *path* for another layer's *exc*: its kind if it has one.

    *reason* is the English reason (by default *exc*'s ``reason`` attribute, else its
    first argument, else its text). An error that carries a message kind and values
    saying that very reason (a query error's day) keeps them; any other says its
    reason as :attr:`PlanDataErrorKind.REASON`.
    """
    if reason is None:
        reason = getattr(exc, "reason", None)
        if not isinstance(reason, str):
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    kind = getattr(exc, "kind", None)
    if isinstance(kind, MessageKind):
        values = tuple(getattr(exc, "values", ()))
        if english(kind, values) == reason:
            return PlanDataError(reason, path, value, kind=kind, values=values)
    return plan_data_error(PlanDataErrorKind.REASON, path, value, reason=reason)
