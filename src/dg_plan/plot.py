"""Plots of the plan with matplotlib: its deadlines, the units' workload, its graph.

matplotlib is optional (``pip install 'dg_plan[plot]'``) and imported on the first
plot. Each function draws on the :class:`~matplotlib.axes.Axes` it is given, or on
a new figure, and returns the axes; in a notebook the figure shows below the cell,
and ``ax.figure.savefig("plot.png")`` saves it.

The plots label their axes, titles and legends in the language of
:func:`dg_plan.set_language` (English unless set), or in the one their
``language=`` argument names (``"zh"`` or ``"en"``).

Chinese labels need a font with CJK glyphs, which matplotlib's default font lacks.
The plots look for one that is installed (:func:`find_cjk_font`: Noto Sans CJK,
Source Han Sans, WenQuanYi, Microsoft YaHei, PingFang, SimHei, …) and set it on
their own text only, leaving matplotlib's global settings alone; call
:func:`use_cjk_font` to use it in plots of your own. When none is installed a plot
is still drawn, with a :class:`CJKFontWarning` that says what to install (Debian
and Ubuntu: ``apt-get install fonts-noto-cjk``); its Chinese text then shows as
empty boxes.
"""

from __future__ import annotations

import functools
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ._compat import require
from ._display import role_columns
from ._i18n import gettext as _
from ._i18n import using
from ._model import Task

if TYPE_CHECKING:
    from ._plan import Plan

__all__ = [
    "CJK_FONTS",
    "KINDS",
    "CJKFontWarning",
    "find_cjk_font",
    "graph",
    "timeline",
    "use_cjk_font",
    "workload",
]

#: The font families :func:`find_cjk_font` looks for, in order of preference.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "STHeiti",
    "SimHei",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Source Han Serif CN",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Arial Unicode MS",
)
# Family names that promise CJK glyphs when none of the above is installed.
_CJK_HINTS = ("CJK", "Source Han", "WenQuanYi", "Hei", "Song", "Kai", "Ming", "Gothic")

#: The kinds of plot ``dg-plan plot`` draws; each is the name of its function here.
KINDS = ("timeline", "workload", "graph")

_INSTALL = (
    "no font with Chinese (CJK) glyphs was found, so Chinese labels will show as empty "
    "boxes. Install one and clear matplotlib's font cache (rm -rf ~/.cache/matplotlib): "
    "on Debian or Ubuntu `apt-get install fonts-noto-cjk`, on Fedora `dnf install "
    "google-noto-sans-cjk-fonts`, on macOS and Windows a CJK font is already installed."
)

_PART_COLOURS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860")
_LEAD = "#b2182b"
_RESPONSIBLE = "#9e9e9e"
_SUPPORT = "#d9d9d9"
_MENTION = "#2166ac"


class CJKFontWarning(UserWarning):
    """No installed font has Chinese glyphs: Chinese labels will show as empty boxes.

    The message says what to install (Debian and Ubuntu: ``fonts-noto-cjk``).
    """


def _matplotlib() -> Any:  # noqa: ANN401 - the matplotlib module
    return require("matplotlib", "plot", "dg_plan.plot")


@functools.lru_cache(maxsize=1)
def find_cjk_font() -> str | None:
    """Return the family name of an installed font with Chinese glyphs, or ``None``.

    The first of :data:`CJK_FONTS` that matplotlib knows is chosen; failing those,
    any family whose name suggests CJK glyphs (``CJK``, ``Hei``, ``Song``, …). The
    answer is cached; ``find_cjk_font.cache_clear()`` looks again.

    Returns:
        A family name such as ``"Noto Sans CJK SC"``, or ``None`` when there is none.

    Raises:
        ImportError: matplotlib is not installed (``pip install 'dg_plan[plot]'``).
    """
    _matplotlib()
    font_manager = require("matplotlib.font_manager", "plot", "dg_plan.plot")
    installed: set[str] = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FONTS:
        if family in installed:
            return family
    for family in sorted(installed):
        if any(hint in family for hint in _CJK_HINTS):
            return family
    return None


def use_cjk_font() -> str | None:
    """Make matplotlib use the CJK font everywhere, for plots of your own.

    Puts the font of :func:`find_cjk_font` first in ``rcParams["font.sans-serif"]``
    and makes sans-serif the default family. dg_plan's own plots do not need this.

    Returns:
        The family now in use, or ``None`` (with a :class:`CJKFontWarning`) when no
        CJK font is installed, in which case nothing is changed.

    Raises:
        ImportError: matplotlib is not installed (``pip install 'dg_plan[plot]'``).
    """
    mpl = _matplotlib()
    family = find_cjk_font()
    if family is None:
        warnings.warn(_INSTALL, CJKFontWarning, stacklevel=2)
        return None
    rest = [f for f in mpl.rcParams["font.sans-serif"] if f != family]
    mpl.rcParams["font.sans-serif"] = [family, *rest]
    mpl.rcParams["font.family"] = ["sans-serif"]
    return family


class _Canvas:
    """The axes to draw on and the font families to draw with."""

    def __init__(self, ax: Any, size: tuple[float, float]) -> None:  # noqa: ANN401 - Axes
        mpl = _matplotlib()
        family = find_cjk_font()
        if family is None:
            warnings.warn(_INSTALL, CJKFontWarning, stacklevel=4)
            self.family: list[str] = list(mpl.rcParams["font.family"])
        else:
            self.family = [family, *mpl.rcParams["font.family"]]
        if ax is None:
            plt = require("matplotlib.pyplot", "plot", "dg_plan.plot")
            _, ax = plt.subplots(figsize=size, layout="constrained")
        self.ax = ax

    def done(self) -> Any:  # noqa: ANN401 - Axes
        """Give every text of the axes the font and return the axes.

        The font is set on the plot's own texts rather than in ``rcParams`` (even
        for a while: leaving an ``rc_context`` would also undo what a backend set up
        meanwhile, such as a notebook's interactive mode). Tick labels that
        matplotlib makes later, at draw time, get it through ``tick_params``.
        """
        text = require("matplotlib.text", "plot", "dg_plan.plot").Text
        for artist in self.ax.findobj(text):
            artist.set_fontfamily(self.family)
        self.ax.tick_params(axis="both", which="both", labelfontfamily=self.family)
        return self.ax


def timeline(
    plan: Plan,
    *,
    ax: Any = None,  # noqa: ANN401 - Axes
    language: str | None = None,
) -> Any:  # noqa: ANN401 - Axes
    """Draw how many tasks fall due by each deadline, stacked by part.

    The bars stand in deadline order, the dated ones first, then 持续推进 and
    适时推进; each is labelled with its count.

    Args:
        plan: The plan.
        ax: The matplotlib axes to draw on; a new figure's when ``None``.
        language: The language of the labels, ``"zh"`` or ``"en"``; by default the
            one of :func:`dg_plan.get_language`.

    Returns:
        The axes drawn on.

    Raises:
        ImportError: matplotlib is not installed (``pip install 'dg_plan[plot]'``).
        InvalidQueryError: *language* is neither Chinese nor English.
    """
    with using(language):
        return _timeline(plan, ax)


def _timeline(plan: Plan, ax: Any) -> Any:  # noqa: ANN401 - Axes
    canvas = _Canvas(ax, (9, 4.8))
    ax = canvas.ax
    try:
        entries = plan.timeline()
        index = {part.id: i for i, part in enumerate(plan.sections)}
        parts = {
            t.number: index[part.id] for t in plan.tasks if (part := plan.part_of(t)) is not None
        }
        labels = [str(e.deadline) for e in entries]
        bottom = [0] * len(entries)
        for i, part in enumerate(plan.sections or [None]):
            counts = [
                sum(1 for t in e.tasks if parts.get(t.number, 0) == i or part is None)
                for e in entries
            ]
            name = part.heading if part is not None else _("Tasks")
            ax.bar(
                range(len(entries)),
                counts,
                bottom=bottom,
                label=name,
                color=_PART_COLOURS[i % len(_PART_COLOURS)],
                width=0.7,
            )
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        for x, total in enumerate(bottom):
            ax.annotate(
                str(total), (x, total), ha="center", va="bottom", xytext=(0, 2),
                textcoords="offset points",
            )  # fmt: skip
        ax.set_xticks(range(len(entries)), labels, rotation=30, ha="right")
        ax.set_ylabel(_("Number of tasks"))
        ax.set_title(
            _("{title}: tasks by deadline ({count} in all)").format(
                title=plan.metadata.title, count=len(plan.tasks)
            )
        )
        ax.set_ylim(0, max(bottom, default=0) * 1.15 + 1)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="upper right", fontsize="small", frameon=False)
    finally:
        result = canvas.done()
    return result


def workload(
    plan: Plan,
    *,
    top: int = 15,
    ax: Any = None,  # noqa: ANN401 - Axes
    language: str | None = None,
) -> Any:  # noqa: ANN401 - Axes
    """Draw the units that lead most tasks, their tasks in each role as stacked bars.

    Units are ranked as :meth:`dg_plan.Plan.workload` ranks them (by tasks led,
    then by all tasks), the first at the top.

    Args:
        plan: The plan.
        top: How many units to show.
        ax: The matplotlib axes to draw on; a new figure's when ``None``.
        language: The language of the labels, ``"zh"`` or ``"en"``; by default the
            one of :func:`dg_plan.get_language`.

    Returns:
        The axes drawn on.

    Raises:
        ImportError: matplotlib is not installed (``pip install 'dg_plan[plot]'``).
        ValueError: *top* is less than 1.
        InvalidQueryError: *language* is neither Chinese nor English.
    """
    if type(top) is not int or top < 1:
        raise ValueError(f"top must be an int >= 1, got {top!r}")
    with using(language):
        return _workload(plan, top, ax)


def _workload(plan: Plan, top: int, ax: Any) -> Any:  # noqa: ANN401 - Axes
    rows = plan.workload()[:top]
    canvas = _Canvas(ax, (9, 0.9 + 0.36 * max(len(rows), 1)))
    ax = canvas.ax
    try:
        y = range(len(rows))
        lead = [r.lead for r in rows]
        responsible = [r.responsible for r in rows]
        lead_label, responsible_label, support_label = role_columns()
        ax.barh(y, lead, color=_LEAD, label=lead_label, height=0.7)
        ax.barh(y, responsible, left=lead, color=_RESPONSIBLE, label=responsible_label,
                height=0.7)  # fmt: skip
        if any(r.support for r in rows):
            ax.barh(y, [r.support for r in rows], left=[r.lead + r.responsible for r in rows],
                    color=_SUPPORT, label=support_label, height=0.7)  # fmt: skip
        for i, r in enumerate(rows):
            counts = (r.lead, r.responsible, *((r.support,) if r.support else ()))
            ax.annotate(
                " + ".join(map(str, counts)), (r.total, i), va="center", xytext=(3, 0),
                textcoords="offset points", fontsize="small",
            )  # fmt: skip
        ax.set_yticks(list(y), [r.unit.name for r in rows])
        ax.invert_yaxis()
        ax.set_xlabel(_("Number of tasks"))
        ax.set_xlim(0, max((r.total for r in rows), default=0) * 1.15 + 1)
        ax.set_title(_("The {count} units that lead most tasks").format(count=len(rows)))
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="lower right", frameon=False)
    finally:
        result = canvas.done()
    return result


def _column(count: int) -> list[float]:
    """Evenly spaced heights from 1 (top) to 0 (bottom); a single node in the middle."""
    if count == 1:
        return [0.5]
    return [1 - i / (count - 1) for i in range(count)]


def graph(
    plan: Plan,
    tasks: Iterable[Task] | None = None,
    *,
    ax: Any = None,  # noqa: ANN401 - Axes
    language: str | None = None,
) -> Any:  # noqa: ANN401 - Axes
    """Draw the tasks with their units and the platforms they mention, in three columns.

    Units stand on the left, ranked by how many of the tasks they lead, tasks in the
    middle by number, platforms on the right in order of first mention. Red lines
    join a task to the units that lead it, grey lines to those that share it, blue
    dashed lines to the platforms it mentions. The edges are those of
    :meth:`dg_plan.Plan.graph`.

    Pick a few tasks: ``graph(plan, plan.mentioning("豫事办"))``; the whole plan
    (the default) makes a tall figure.

    Args:
        plan: The plan.
        tasks: The tasks to draw (any query's answer); all the plan's by default.
        ax: The matplotlib axes to draw on; a new figure's when ``None``.
        language: The language of the labels, ``"zh"`` or ``"en"``; by default the
            one of :func:`dg_plan.get_language`.

    Returns:
        The axes drawn on.

    Raises:
        ImportError: matplotlib or networkx is not installed
            (``pip install 'dg_plan[plot]'``).
        ValueError: *tasks* is empty.
        UnknownTaskError: *tasks* holds a task the plan does not have.
        InvalidQueryError: *language* is neither Chinese nor English.
    """
    with using(language):
        return _graph(plan, tasks, ax)


def _graph(plan: Plan, tasks: Iterable[Task] | None, ax: Any) -> Any:  # noqa: ANN401 - Axes
    chosen = plan.tasks if tasks is None else tuple(plan.task(t.number) for t in tasks)
    if not chosen:
        raise ValueError("no tasks to draw")
    g = plan.graph()
    task_nodes = [t.node_id for t in sorted(set(chosen), key=lambda t: t.number)]
    lead: Counter[str] = Counter()
    involved: Counter[str] = Counter()
    platforms: dict[str, None] = {}
    edges: list[tuple[str, str, str]] = []
    for node in task_nodes:
        for _source, target, data in g.out_edges(node, data=True):
            if data["kind"] == "responsible":
                involved[target] += 1
                lead[target] += data["role"] == "lead"
                edges.append((node, target, data["role"]))
            elif data["kind"] == "mentions":
                platforms.setdefault(target)
                edges.append((node, target, "mentions"))
    order = {u.node_id: i for i, u in enumerate(plan.units)}
    units = sorted(involved, key=lambda n: (-lead[n], -involved[n], order.get(n, 0)))
    tallest = max(len(units), len(task_nodes), len(platforms))
    canvas = _Canvas(ax, (11, max(4.0, 0.3 * tallest + 1)))
    ax = canvas.ax
    try:
        position: dict[str, tuple[float, float]] = {}
        for x, column in ((0.0, units), (1.0, task_nodes), (2.0, list(platforms))):
            for node, y in zip(column, _column(len(column)), strict=True):
                position[node] = (x, y)
        styles = {
            "support": {
                "color": _SUPPORT,
                "linewidth": 0.6,
                "alpha": 0.6,
                "linestyle": ":",
                "zorder": 1,
            },
            "responsible": {"color": _RESPONSIBLE, "linewidth": 0.6, "alpha": 0.6, "zorder": 1},
            "mentions": {
                "color": _MENTION,
                "linewidth": 0.8,
                "alpha": 0.7,
                "linestyle": "--",
                "zorder": 1,
            },
            "lead": {"color": _LEAD, "linewidth": 1.2, "alpha": 0.9, "zorder": 2},
        }
        for style in ("support", "responsible", "mentions", "lead"):
            for source, target, kind in edges:
                if kind == style:
                    (x0, y0), (x1, y1) = position[target], position[source]
                    ax.plot([x0, x1], [y0, y1], **styles[style])
        _nodes(ax, [position[n] for n in units], "#f4cccc", _LEAD, 120)
        _nodes(ax, [position[n] for n in task_nodes], "#ffffff", "#333333", 300)
        _nodes(ax, [position[n] for n in platforms], "#d6e6f5", _MENTION, 120)
        small = "small" if tallest <= 40 else "x-small"
        for node in units:
            x, y = position[node]
            name = g.nodes[node]["name"]
            # A unit's label: the tasks it leads, of all it has a part in.
            label = _("{name} ({led}/{all})").format(name=name, led=lead[node], all=involved[node])
            ax.annotate(
                label, (x, y), xytext=(-8, 0), textcoords="offset points", ha="right",
                va="center", fontsize=small,
            )  # fmt: skip
        for node in task_nodes:
            x, y = position[node]
            ax.annotate(
                str(g.nodes[node]["number"]), (x, y), ha="center", va="center", fontsize="x-small"
            )
        for node in platforms:
            x, y = position[node]
            ax.annotate(
                g.nodes[node]["name"], (x, y), xytext=(8, 0),
                textcoords="offset points", ha="left", va="center", fontsize=small,
            )  # fmt: skip
        headings = ((0, _("Units (led/all)")), (1, _("Tasks")), (2, _("Platforms")))
        for x, heading in headings:
            ax.annotate(
                heading, (x, 1), xytext=(0, 14), textcoords="offset points", ha="center",
                va="bottom", fontweight="bold",
            )  # fmt: skip
        ax.set_xlim(-0.8, 2.8)
        # Leave room for a node's radius (about 0.15 inch) whatever the figure's height.
        margin = 0.2 / max(float(ax.figure.get_size_inches()[1]), 1.0)
        ax.set_ylim(-margin, 1 + margin)
        ax.set_axis_off()
    finally:
        result = canvas.done()
    return result


def _nodes(
    ax: Any,  # noqa: ANN401 - Axes
    points: Sequence[tuple[float, float]],
    face: str,
    edge: str,
    size: float,
) -> None:
    if points:
        xs, ys = zip(*points, strict=True)
        ax.scatter(xs, ys, s=size, c=face, edgecolors=edge, linewidths=1, zorder=3)
