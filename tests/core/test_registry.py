"""The unit and platform registries: every name resolves to exactly one object."""

from __future__ import annotations

import runpy
from collections import Counter
from pathlib import Path

import pytest

import dg_plan
from dg_plan import PlatformKind, UnitKind
from dg_plan._text import lookup_key

ROOT = Path(__file__).resolve().parents[2]

CITIES = [
    "郑州市人民政府",
    "开封市人民政府",
    "洛阳市人民政府",
    "平顶山市人民政府",
    "安阳市人民政府",
    "鹤壁市人民政府",
    "新乡市人民政府",
    "焦作市人民政府",
    "濮阳市人民政府",
    "许昌市人民政府",
    "漯河市人民政府",
    "三门峡市人民政府",
    "南阳市人民政府",
    "商丘市人民政府",
    "信阳市人民政府",
    "周口市人民政府",
    "驻马店市人民政府",
]


def test_counts(plan):
    # 47 units named by the tasks, and the 17 city governments of 各省辖市政府.
    assert len(plan.units) == 64
    named = {u.name for t in plan.tasks for u in t.units}
    assert len(named) == 47
    assert {u.name for u in plan.units} - named == set(CITIES)
    assert len(plan.platforms) == 77
    assert Counter(u.kind for u in plan.units) == {
        UnitKind.GOVERNMENT: 28,
        UnitKind.LOCAL: 19,
        UnitKind.PARTY: 8,
        UnitKind.COLLECTIVE: 4,
        UnitKind.CENTRAL: 4,
        UnitKind.PEOPLES_ORGANIZATION: 1,
    }


def test_every_unit_and_platform_is_described(plan):
    for unit in plan.units:
        assert unit.full_name, unit.name
        assert unit.name_en, unit.name
        assert isinstance(unit.kind, UnitKind)
    for platform in plan.platforms:
        assert platform.name_en, platform.name
        assert isinstance(platform.kind, PlatformKind)
    # Official English names are claimed only with a source.
    for item in (*plan.units, *plan.platforms):
        if item.name_en_official:
            assert item.sources, item.name


def test_every_alias_resolves_to_exactly_one_object(plan):
    for kind, items, lookup in (
        ("unit", plan.units, plan.unit),
        ("platform", plan.platforms, plan.platform),
    ):
        owners: dict[str, str] = {}
        for item in items:
            for name in item.names:
                key = lookup_key(name)
                assert owners.setdefault(key, item.name) == item.name, (kind, name)
                assert lookup(name) is item


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("发改委", "省发展改革委"),
        ("省发改委", "省发展改革委"),
        ("河南省发展和改革委员会", "省发展改革委"),
        ("省网信办", "省委网信办"),
        ("省人社厅", "省人力资源社会保障厅"),
        ("河南省行政审批和政务信息管理局", "省行政审批政务信息管理局"),
        ("中国人民银行郑州中心支行", "人行郑州中心支行"),
        ("洛阳市政府", "洛阳市人民政府"),
        ("省直有关部门", "省直相关部门"),
        ("济源示范区", "济源示范区管委会"),
    ],
)
def test_unit_aliases(plan, alias, name):
    assert plan.unit(alias) is plan.unit(name)
    assert plan.unit(alias).name == name


def test_units_of_each_kind_resolve(plan):
    assert plan.unit("省委办公厅").kind is UnitKind.PARTY
    assert plan.unit("省通信管理局").kind is UnitKind.CENTRAL
    assert plan.unit("各省辖市政府").kind is UnitKind.COLLECTIVE
    assert plan.unit("省残联").kind is UnitKind.PEOPLES_ORGANIZATION


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("“豫事办”", "豫事办"),
        ("豫事办APP", "豫事办"),
        ("“互联网+监管”系统", "省一体化在线监管平台"),
        ("“一村(格)一警”智能工作台", "“一村（格）一警”智能工作台"),
        ("  一朵云 ", "一朵云"),
    ],
)
def test_platform_aliases(plan, alias, name):
    assert plan.platform(alias) is plan.platform(name)


def test_lookups_ignore_punctuation_width(plan):
    assert plan.platform("省“四保”白名单企业(项目)运行调度平台") is plan.platform(
        "省“四保”白名单企业（项目）运行调度平台"
    )


def test_collectives_and_members(plan):
    collective = plan.unit("各省辖市政府")
    assert collective.members == tuple(CITIES)
    assert [u.name for u in plan.members_of("各省辖市政府")] == CITIES
    luoyang = plan.unit("洛阳市人民政府")
    assert luoyang.member_of == ("各省辖市政府",)
    assert plan.collectives_of(luoyang) == (collective,)
    assert plan.members_of("省直相关部门") == ()


def test_successors_are_cited(plan):
    for name in ("河南银保监局", "人行郑州中心支行"):
        successor = plan.unit(name).successor
        assert successor is not None
        assert successor.source.startswith("http")
    assert plan.unit("河南银保监局").successor.name == "国家金融监督管理总局河南监管局"


def test_unknown_unit_has_close_matches(plan):
    with pytest.raises(dg_plan.UnknownUnitError) as info:
        plan.unit("省发展委")
    error = info.value
    assert isinstance(error, LookupError)
    assert isinstance(error, dg_plan.DgPlanError)
    assert error.name == "省发展委"
    assert "省发展改革委" in error.suggestions
    assert len(error.suggestions) <= 5
    assert "省发展委" in str(error)


def test_unknown_platform(plan):
    with pytest.raises(dg_plan.UnknownPlatformError) as info:
        plan.platform("豫事通")
    assert "豫事办" in info.value.suggestions


@pytest.mark.parametrize("bad", ["", "   "])
def test_lookup_of_nonsense_is_an_unknown_name(plan, bad):
    with pytest.raises(dg_plan.UnknownNameError):
        plan.unit(bad)


@pytest.mark.parametrize("bad", [None, 42])
def test_lookup_of_a_non_name_is_a_query_error(plan, bad):
    with pytest.raises(dg_plan.InvalidQueryError):
        plan.unit(bad)


def test_fuzzy_search_is_separate_and_ranked(plan):
    found = plan.search_units("发改")
    assert found[0].name == "省发展改革委"
    assert plan.search_units("省发展改革委")[0].name == "省发展改革委"
    assert len(plan.search_units("厅", limit=3)) == 3
    assert plan.search_platforms("监管平台")[0].name == "省一体化在线监管平台"
    assert plan.search_units("zzzz") == ()


@pytest.mark.parametrize("empty", ["", "  ", "“”"])
def test_fuzzy_search_refuses_an_empty_query(plan, empty):
    with pytest.raises(dg_plan.InvalidQueryError):
        plan.search_units(empty)


def test_platform_mentions(plan):
    # Longest match wins: the integrated platform is not also a shorter name.
    task = plan.task(125)
    names = [m.platform for m in task.mentions]
    assert names.count("省一体化政务服务平台") == 2
    for mention in task.mentions:
        assert mention.end <= len(task.text)
    # 国土空间规划“一张图” never counts as 一张网.
    assert "一张网" not in {p.name for p in plan.platforms}
    assert plan.task(4).platforms[0].name == "国土空间规划“一张图”"
    assert [t.number for t in plan.mentioning("一朵云")] == [71, 95]
    assert [t.number for t in plan.mentioning("“一朵云”综合管理平台")] == [86, 87, 88, 93]


def test_mention_offsets_point_at_a_name_of_the_platform(plan):
    for task in plan.tasks:
        for mention in task.mentions:
            written = lookup_key(task.text[mention.start : mention.end])
            platform = plan.platform(mention.platform)
            assert written in {lookup_key(n) for n in platform.names}, (task.number, written)


def test_what_is_not_a_platform_is_not_one(plan):
    # The registry's exclusions (laws, institutions, slogans, generic components) stay
    # out, each with its reason; none answers to a platform lookup.
    registry = runpy.run_path(str(ROOT / "tools" / "registry_platforms.py"))
    excluded = registry["EXCLUDED"]
    assert len(excluded) >= 50
    for name, reason in excluded:
        assert reason
        with pytest.raises(dg_plan.UnknownPlatformError):
            plan.platform(name)
    for name in ("《河南省数据条例》", "嵩山实验室", "一件事一次办", "统一身份认证", "政务云"):
        assert name in {n for n, _ in excluded}
