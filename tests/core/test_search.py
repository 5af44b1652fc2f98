"""Full-text search: plan.search, select(text=...) and dg-plan search agree."""

from __future__ import annotations

import json
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dg_plan
from dg_plan.strategies import plans
from helpers.cli import ok


def _folded(text: str) -> str:
    # The documented rule: each character NFKC-normalised, then case-folded.
    return "".join(unicodedata.normalize("NFKC", c).casefold() for c in text)


def _contains_all(text: str, query: str) -> bool:
    return all(_folded(term) in _folded(text) for term in query.split())


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("ipv6", [109, 110]),  # the print writes IPv6
        ("IPV6", [109, 110]),
        ("ＩＰｖ６", [109, 110]),  # full-width letters fold to ASCII
        ("区块链", [61, 78]),
        ("区块链 数据", [61]),  # every term, not any
    ],
)
def test_search_finds_by_folded_terms(plan, query, numbers):
    hits = plan.search(query)
    assert sorted(h.task.number for h in hits) == numbers
    assert {h.task.number for h in hits} == {
        t.number for t in plan.tasks if _contains_all(t.text, query)
    }


def test_full_width_and_ascii_brackets_find_each_other(plan):
    with_bracket = [t.number for t in plan.tasks if "（" in t.text]
    assert with_bracket
    assert sorted(h.task.number for h in plan.search("(")) == with_bracket
    assert sorted(h.task.number for h in plan.search("（")) == with_bracket


def test_spans_cover_the_matched_text(plan):
    hits = plan.search("数据 共享")
    for hit in hits:
        for (start, end), piece in zip(hit.spans, hit.matched, strict=True):
            assert hit.task.text[start:end] == piece
            assert _folded(piece) in {"数据", "共享"}
        assert hit.matches == hit.task.text.count("数据") + hit.task.text.count("共享")


def test_ranking_is_by_matches_then_number(plan):
    hits = plan.search("数据")
    keys = [(-h.matches, h.task.number) for h in hits]
    assert keys == sorted(keys)
    assert len({h.task.number for h in hits}) == len(hits)
    top = hits[0]
    assert top.matches == max(t.text.count("数据") for t in plan.tasks)


@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_an_empty_query_is_refused(plan, query):
    with pytest.raises(dg_plan.InvalidQueryError, match="match everything"):
        plan.search(query)


def test_a_query_that_is_not_text_is_refused(plan):
    with pytest.raises(dg_plan.InvalidQueryError, match="text to search for"):
        plan.search(18)  # type: ignore[arg-type]


def test_select_text_is_search_in_plan_order(plan):
    found = plan.select(text="数据 共享")
    assert found == tuple(t for t in plan.tasks if _contains_all(t.text, "数据 共享"))
    both = plan.select(text="平台", unit="省公安厅")
    assert set(both) == set(plan.select(text="平台")) & set(plan.tasks_for("省公安厅"))


def test_hit_reprs_mark_the_matches(plan):
    hit = plan.search("区块链 数据")[0]
    assert repr(hit) == "<SearchHit task 61: 2 matches (区块链, 数据)>"
    html = hit._repr_html_()
    assert html.count("<mark") == 2
    assert "区块链</mark>" in html
    from dg_plan import export  # noqa: PLC0415

    table = export.table(plan.search("ipv6"))
    assert "IPv6</mark>" in table.to_html()
    assert repr(table) == "<Table of 2 search hits>"


_TERMS = st.text(alphabet="数据共享平台aAbB（(", min_size=1, max_size=3)


@given(plans(min_tasks=0, max_tasks=10), st.lists(_TERMS, min_size=1, max_size=3))
def test_hits_are_exactly_the_tasks_with_every_term(plan, terms):
    query = " ".join(terms)
    hits = plan.search(query)
    expected = {t.number for t in plan.tasks if _contains_all(t.text, query)}
    assert {h.task.number for h in hits} == expected
    for hit in hits:
        covered = {_folded(hit.task.text[s:e]) for s, e in hit.spans}
        assert {_folded(t) for t in terms} <= covered


def test_the_command_line_agrees_with_the_library(plan):
    data = json.loads(ok("search", "数据", "共享", "--json", process=True))
    hits = plan.search("数据 共享")
    assert [d["number"] for d in data] == [h.task.number for h in hits]
    assert [d["spans"] for d in data] == [[list(s) for s in h.spans] for h in hits]
    mine = json.loads(ok("search", "平台", "--unit", "省公安厅", "--json", process=True))
    assert {d["number"] for d in mine} == {
        t.number for t in plan.select(text="平台", unit="公安厅")
    }
    out = ok("search", "区块链", "数据", process=True)
    assert "61 · 2023年12月底前 · 2 matches · 省行政审批政务信息管理局" in out
    assert "\x1b[" not in out  # no highlighting when the output is not a terminal


def test_a_terminal_sees_the_matches_highlighted(capsys, monkeypatch):
    from dg_plan import _cli  # noqa: PLC0415

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert _cli.main(["search", "区块链", "数据"]) == 0
    out = capsys.readouterr().out
    assert "\x1b[1;7m区块链\x1b[0m" in out
    assert "\x1b[1;7m数据\x1b[0m" in out
