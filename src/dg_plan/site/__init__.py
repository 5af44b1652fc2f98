"""A static website of the plan, in Chinese and English, that works offline.

:func:`build` writes the site into a folder: plain HTML pages, one stylesheet and one
script, with every link relative, so it opens from ``file://`` (double-click
``index.html``) or from any web server, and fetches nothing from the network (no
CDN, no web fonts). The command line's ``dg-plan site DIR`` calls it.

The folder holds ``index.html`` (a link to each edition), ``assets/`` and one folder
per language, ``zh/`` and ``en/``, each with the same pages:

* ``index.html``: the plan's title and source, its parts and sections and its
  deadlines with their numbers of tasks (and, with a ledger, how the tasks stand);
* ``tasks/<number>.html``: a task's text, deadline, units by role (牵头单位,
  负责单位, 配合单位), platforms and provenance (its page, the tasks that share its
  printed cells, the notes of what was inferred);
* ``units/index.html`` and ``units/<n>.html``: every unit, and a unit's tasks by role;
* ``deadlines/index.html`` and ``deadlines/<date or kind>.html``: the tasks due by
  each deadline (``2024-06-30``, ``ongoing``);
* ``sections/<id>.html``: a part's or a section's tasks;
* ``search.html``: search over the task texts, in the browser. The index is a
  script (``search-index.js``), so the search needs no server.

The plan's data stay as they are, in Chinese; the English pages mark them
``lang="zh-CN"``. Every page has one ``<h1>``, headings in order, a labelled search
box and a link to the same page in the other language.

>>> import tempfile, dg_plan
>>> from dg_plan import site
>>> folder = tempfile.mkdtemp()
>>> written = site.build(dg_plan.load_plan(), folder)
>>> written.index.name, "zh/tasks/18.html" in written.pages
('index.html', True)
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from dg_plan._dates import read_day
from dg_plan._errors import InvalidTypeError
from dg_plan._i18n import using
from dg_plan._plan import Plan
from dg_plan._query_errors import QueryErrorKind, query_error
from dg_plan._vocabulary import named_units

from . import pages
from .layout import ASSETS, Page, render, root_page

if TYPE_CHECKING:
    from dg_plan.tracking import Ledger

__all__ = ["LANGUAGES", "Site", "build"]

#: The editions the site has, each in its own folder.
LANGUAGES = ("zh", "en")


@attrs.frozen
class Site:
    """What :func:`build` wrote.

    Args:
        folder: The site's folder.
        pages: Every file written, as a path relative to *folder* (``zh/tasks/18.html``),
            pages, scripts and stylesheet alike.
    """

    folder: Path
    pages: tuple[str, ...]

    @property
    def index(self) -> Path:
        """The entry page, ``index.html``, which links to each edition."""
        return self.folder / "index.html"


def _status(ledger: Ledger, as_of: datetime.date | str | None) -> pages.Status:
    from dg_plan import tracking  # noqa: PLC0415 - only with a ledger

    if as_of is None:
        if not ledger.reports:
            raise query_error(QueryErrorKind.EXPECTED_DAY, "as_of", as_of)
        day = max(r.as_of for r in ledger.reports)
    else:
        day = read_day(as_of, "as_of")
    return pages.Status(ledger, day, ledger.classify(day), tracking.category_labels())


def build(
    plan: Plan,
    folder: str | os.PathLike[str],
    ledger: Ledger | None = None,
    *,
    as_of: datetime.date | str | None = None,
) -> Site:
    """Write a static website of *plan* (and of *ledger*'s status) into *folder*.

    The folder is made if it is missing; files of the same names are replaced and
    other files are left alone. The site needs no server and nothing from the
    network: open ``index.html`` in a browser.

    Args:
        plan: The plan.
        folder: Where to write the site.
        ledger: A :class:`dg_plan.tracking.Ledger` of *plan*: the home page then shows
            how the tasks stand on *as_of* and lists the late ones, and each task's
            page its status and its reports.
        as_of: The day the status is judged on (a date or ``"2024-06-30"`` and the
            like); by default the day of the ledger's latest report. Nothing reads
            the clock.

    Returns:
        A :class:`Site`: the folder and every file written.

    Raises:
        InvalidTypeError: *plan* is not a :class:`dg_plan.Plan`, or *ledger* is not a
            ledger of *plan*.
        InvalidQueryError: *as_of* is not a day, or is missing and the ledger has no
            report to take the day from.
        OSError: A file cannot be written.
    """
    if not isinstance(plan, Plan):
        raise InvalidTypeError(f"site.build needs a dg_plan.Plan, got {type(plan).__name__}")
    root = Path(folder)
    written: list[str] = []

    def write(path: str, text: str) -> None:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)

    status = None
    if ledger is not None:
        from dg_plan.tracking import Ledger  # noqa: PLC0415 - only with a ledger

        if not isinstance(ledger, Ledger) or (ledger.plan is not plan and ledger.plan != plan):
            raise InvalidTypeError(
                f"site.build needs a dg_plan.tracking.Ledger of the plan, got "
                f"{type(ledger).__name__}"
                + (" of another plan" if isinstance(ledger, Ledger) else "")
            )
    assets = files("dg_plan.site") / "assets"
    for name in ASSETS:
        write(f"assets/{name}", (assets / name).read_text(encoding="utf-8"))
    title = plan.metadata.title
    write("index.html", root_page(title, LANGUAGES))
    for language in LANGUAGES:
        with using(language):
            if ledger is not None:
                status = _status(ledger, as_of)
            ctx = pages.Context.of(plan, language, status)
            for page in _pages(ctx):
                write(f"{language}/{page.path}", render(page, language, title))
            write(f"{language}/search-index.js", pages.search_index(ctx))
    return Site(root, tuple(written))


def _pages(ctx: pages.Context) -> Iterator[Page]:
    plan = ctx.plan
    yield pages.home_page(ctx)
    yield pages.search_page(ctx)
    for top in plan.sections:
        for section in top.walk():
            yield pages.section_page(ctx, section)
    tasks = plan.tasks
    for i, task in enumerate(tasks):
        previous = tasks[i - 1] if i else None
        following = tasks[i + 1] if i + 1 < len(tasks) else None
        yield pages.task_page(ctx, task, previous, following)
    yield pages.units_page(ctx)
    for unit in named_units(plan.units):
        yield pages.unit_page(ctx, unit)
    yield pages.deadlines_page(ctx)
    for entry in plan.timeline():
        yield pages.deadline_page(ctx, entry.deadline, entry.tasks)
