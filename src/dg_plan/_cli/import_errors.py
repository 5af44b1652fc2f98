"""An import that failed, as the command line says it: a head, then its problems.

:func:`.errors.failure` says a :class:`~dg_plan.PlanImportError` so; each problem of the
list is the sentence the import's listing gives it, its place in brackets after it.
"""

from __future__ import annotations

from typing import Any

from dg_plan import _i18n
from dg_plan._errors import PlanImportError
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext, pgettext
from dg_plan._messages import LIST_SEPARATOR

__all__ = ["ReviewedImportError", "import_failure", "location"]

_ENDS = ("。", ".")


class ReviewedImportError(PlanImportError):
    """An import that failed (refused, or open problems under --strict), its review written.

    Said as the import's failure, and then where the review workbook went.
    """

    def __init__(self, error: PlanImportError, review: str) -> None:
        super().__init__(error.problems, error.file, result=error.result, notes=error.notes)
        self.review = review


def location(where: Any) -> str:  # noqa: ANN401 - an importing.Location
    """Where a finding is, in words, in the language in force.

    ``“清单.xlsx”“任务”表第8行“完成时限”列`` in Chinese.
    """
    if where is None:
        return _("(text)")
    return str(where.render(_i18n.current()))


def import_failure(exc: PlanImportError) -> str:
    """An import's failure: its head, then each problem on a line of its own.

    A problem of the list is said as the import's listing says it, a sentence (ending
    with 。 in Chinese), with its place in brackets after it, and what the list prints
    there only when the sentence does not already quote it.
    """
    from dg_plan.importing.findings import FindingKind  # noqa: PLC0415 - on failure

    # The problems of a reviewer's decisions file: its errors, not the imported list's.
    decisions_file_kinds = {
        FindingKind.DECISIONS_NOT_TOML,
        FindingKind.DECISION_MALFORMED,
        FindingKind.DECISION_MATCHES_NOTHING,
        FindingKind.DECISION_MATCHES_MANY,
        FindingKind.DECISION_MATCHES_SECTIONS,
        FindingKind.DECISION_SPLIT_NOT_FOUND,
        FindingKind.DECISION_NOTHING_TO_JOIN,
    }

    count = len(exc.problems)
    # A decisions file's errors are said as that file's, not as the imported list's.
    of_decisions = bool(exc.problems) and all(
        getattr(p, "kind", None) in decisions_file_kinds for p in exc.problems
    )
    if of_decisions:
        head = ngettext(
            "dg-plan: {count} error in the decisions file {file}:",
            "dg-plan: {count} errors in the decisions file {file}:",
            count,
        ).format(count=count, file=exc.file)
    else:
        head = ngettext(
            "dg-plan: {count} problem importing {file}:",
            "dg-plan: {count} problems importing {file}:",
            count,
        ).format(count=count, file=exc.file or _("the list"))
    lines = [head]
    for item in exc.problems:
        where = location(getattr(item, "where", None))
        if of_decisions:  # the heading names the file, which is all the place there is
            lines.append(f"  {item.render(_i18n.current())}")  # type: ignore[attr-defined]
            continue
        if (listed := _no_task_lines(item)) is not None:
            lines.append("  " + _("{where}: {message}").format(where=where, message=listed[0]))
            lines.extend(f"    {line}" for line in listed[1:])
            continue
        lines.append(f"  {_problem_line(item, where)}")
    # A file's form is checked before its decisions are matched to the list's tasks: say
    # that a decision naming no task is found only once these errors are fixed.
    form = {FindingKind.DECISIONS_NOT_TOML, FindingKind.DECISION_MALFORMED}
    if of_decisions and all(getattr(p, "kind", None) in form for p in exc.problems):
        lines.append(
            _(
                "dg-plan: once these are fixed, each decision is matched to the list; "
                "one that matches nothing is reported then"
            )
        )
    if isinstance(exc, ReviewedImportError):
        lines.append(_("dg-plan: wrote the review workbook {path}").format(path=exc.review))
    return "\n".join(lines)


def _no_task_lines(item: object) -> list[str] | None:
    """A refusal for no task found, its lines listed one a line; None for another problem.

    The problem's one sentence (its English ``str``, the review workbook, ``--json``)
    lists the lines joined; the screen gives each its own line, then what to try.
    """
    from dg_plan.importing import FindingKind  # noqa: PLC0415 - on failure only

    if getattr(item, "kind", None) is not FindingKind.NO_TASK:
        return None
    values: dict[str, str] = dict(getattr(item, "values", ()))
    key = "candidates" if "candidates" in values else "first_lines"
    if key not in values:
        return None
    shown = values.get(f"{key}_{_i18n.current()}", values[key])
    listed = shown.split(LIST_SEPARATOR)
    if key == "candidates":
        head = _("no task found; the lines that could have been tasks:")
        tail = (
            _(
                "A decision reads a line as a task, with its units: `line = {line}`, "
                '`responsible = ["…"]`, `reason = "…"` (--decisions FILE); --review FILE '
                "writes these lines to a workbook."
            ).format(line=values["heading_line"])
            if "heading_line" in values
            else ""
        )
    else:
        head = _(
            "no task found: no line is numbered as a task (1.) or ends in an attribution "
            "(…牵头). The first lines:"
        )
        tail = _(
            "To try: a table flattened one cell a line reads once saved as a table (.csv, "
            ".xlsx; --column ROLE=HEADER maps a header it does not know); paragraphs read as "
            "tasks once numbered (1.)."
        )
    # One stop an item: ； between, 。 last (an item's own 。 is not doubled: 请核对。；).
    bare = [text.rstrip("。.；;") for text in listed]
    items = [
        _("{item};").format(item=text) if i < len(bare) else _("{item}.").format(item=text)
        for i, text in enumerate(bare, start=1)
    ]
    return [head, *items, *([tail] if tail else [])]


def _problem_line(item: object, where: str) -> str:
    """One problem of the list: its sentence, its place (and what is printed there).

    ``第3项任务：完成时限“年内”无法识别，请核对（“清单.xlsx”“任务分工”表第6行“完成时限”列）。``:
    the import's listing's sentence, its place in brackets; the printed text is added
    only when the sentence does not quote it.
    """
    render_item = getattr(item, "render", None)
    message = render_item(_i18n.current()) if render_item else str(item)
    message = message[:-1] if message.endswith(_ENDS) else message
    text = getattr(item, "text", "")
    if text and text not in message:
        shown = text if len(text) <= 40 else text[:39] + "…"
        line = _("{problem} ({where}, printed {text!r})").format(
            problem=message, where=where, text=shown
        )
    else:
        line = _("{problem} ({where})").format(problem=message, where=where)
    return pgettext("a note of show, said as a sentence", "{note}").format(note=line)
