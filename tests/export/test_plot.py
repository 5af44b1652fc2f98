"""Plots: what they draw, and Chinese labels in a CJK font (or a clear warning)."""

from __future__ import annotations

import io
import sys
import warnings

import matplotlib as mpl

mpl.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib import font_manager
from matplotlib.text import Text

from dg_plan import Role, plot

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def cjk():
    family = plot.find_cjk_font()
    if family is None:
        pytest.skip(
            "no CJK font installed, so the Chinese glyphs are not checked "
            "(Debian: apt-get install fonts-noto-cjk)"
        )
    return family


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _render(ax) -> bytes:
    """Draw the figure to PNG; a missing glyph warns, and warnings are errors here."""
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=60)
    return buffer.getvalue()


def _chinese_texts_use(ax, family: str) -> int:
    """Check every drawn text with Chinese resolves to the CJK font; return how many."""
    files = {str(f.fname) for f in font_manager.fontManager.ttflist if f.name == family}
    count = 0
    for text in ax.figure.findobj(Text):
        if text.get_visible() and _has_cjk(text.get_text()):
            assert text.get_fontfamily()[0] == family, text.get_text()
            assert str(font_manager.findfont(text.get_fontproperties())) in files
            count += 1
    return count


def test_find_cjk_font(cjk):
    assert cjk in plot.CJK_FONTS or any(h in cjk for h in ("CJK", "Hei", "Song"))
    names = {f.name for f in font_manager.fontManager.ttflist}
    assert cjk in names


def test_timeline(plan, cjk):
    ax = plot.timeline(plan)
    png = _render(ax)  # after the plot returned: its fonts must outlive its rc context
    assert png.startswith(b"\x89PNG")
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == [str(e.deadline) for e in plan.timeline()]
    heights = [0.0] * len(labels)
    for bar in ax.patches:
        heights[round(bar.get_x() + bar.get_width() / 2)] += bar.get_height()
    assert heights == [len(e.tasks) for e in plan.timeline()]
    assert len(ax.get_legend().get_texts()) == 4
    assert _chinese_texts_use(ax, cjk) >= len(labels) + 4
    assert mpl.rcParams["font.family"] == ["sans-serif"]  # global settings untouched


def test_workload(plan, cjk):
    ax = plot.workload(plan, top=7)
    _render(ax)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == [r.unit.name for r in plan.workload()[:7]]
    widths = sorted(round(p.get_width()) for p in ax.patches)
    expected = sorted(
        [r.lead for r in plan.workload()[:7]] + [r.responsible for r in plan.workload()[:7]]
    )
    assert widths == expected
    assert _chinese_texts_use(ax, cjk) >= 7
    with pytest.raises(ValueError, match="top"):
        plot.workload(plan, top=0)


def test_graph_of_some_tasks(plan, cjk):
    tasks = plan.mentioning("豫事办")
    ax = plot.graph(plan, tasks)
    _render(ax)
    responsible = sum(len(t.units) for t in tasks)
    mentions = sum(len(t.mentions) for t in tasks)
    assert len(ax.get_lines()) == responsible + mentions == 10 + 6
    red = [line for line in ax.get_lines() if line.get_color() == plot._LEAD]
    assert len(red) == sum(len(t.leads) for t in tasks)
    texts = {t.get_text() for t in ax.texts}
    assert {"18", "125", "豫事办", "省一体化政务服务平台"} <= texts
    assert "省行政审批政务信息管理局 (2/2)" in texts
    assert _chinese_texts_use(ax, cjk) >= 9


def test_axes_made_before_the_plot_get_the_font_too(plan, cjk):
    _, ax = plt.subplots()  # its tick labels were made outside the plot's font context
    assert plot.workload(plan, top=5, ax=ax) is ax
    _render(ax)
    assert _chinese_texts_use(ax, cjk) >= 5


def test_graph_on_given_axes(plan, cjk):
    _, ax = plt.subplots()
    assert plot.graph(plan, plan.tasks_for("省审计厅", Role.LEAD), ax=ax) is ax
    _render(ax)
    assert _chinese_texts_use(ax, cjk) >= 2
    with pytest.raises(ValueError, match="no tasks"):
        plot.graph(plan, [])


def test_without_a_cjk_font_a_warning_says_what_to_install(plan, monkeypatch):
    monkeypatch.setattr(plot, "find_cjk_font", lambda: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax = plot.timeline(plan)
        _render(ax)
        assert plot.use_cjk_font() is None
    ours = [w for w in caught if issubclass(w.category, plot.CJKFontWarning)]
    assert len(ours) == 2
    assert "fonts-noto-cjk" in str(ours[0].message)
    assert ours[0].filename == __file__  # it points at the caller's line
    assert issubclass(plot.CJKFontWarning, UserWarning)


def test_use_cjk_font(cjk):
    with mpl.rc_context():
        assert plot.use_cjk_font() == cjk
        assert mpl.rcParams["font.sans-serif"][0] == cjk
        _, ax = plt.subplots()
        ax.set_title("数字政府")
        _render(ax)


def test_without_matplotlib(plan, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"pip install 'dg_plan\[plot\]'"):
        plot.timeline(plan)
