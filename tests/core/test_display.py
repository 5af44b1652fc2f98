"""How objects look: short reprs, and escaped, well-formed HTML for notebooks."""

from __future__ import annotations

import html.parser

import pytest

import dg_plan
from dg_plan import (
    Deadline,
    DeadlineKind,
    Mention,
    Platform,
    Role,
    Section,
    Task,
    Unit,
    UnitKind,
    export,
)

# Elements HTML closes by itself.
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


class _Checker(html.parser.HTMLParser):
    """Collect the text, the tags and their nesting; fail on a mismatched close tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert not checker.stack, f"unclosed: {checker.stack}"
    return checker


def text_of(markup: str) -> str:
    return "".join(parse(markup).text)


# -- a hostile little plan: every name and text is markup -------------------------------

EVIL = '<script>alert("x")</script> & 豫事办'


@pytest.fixture(scope="module")
def hostile():
    lead = Unit('<b>省"牵头"局</b>', full_name="<i>full</i>", kind=UnitKind.GOVERNMENT)
    other = Unit("省&其他厅", note="<u>note</u>")
    platform = Platform("<平台>", note="<n>")
    text = "建设<平台>与&amp;系统" + EVIL
    task = Task(
        number=7,
        text=text,
        deadline=Deadline.month_end(2024, 6),
        units=(lead, other),
        leads=(lead,),
        units_text="<b>省</b>牵头",
        platforms=(platform,),
        mentions=(Mention("<平台>", 2, 6),),
        provenance=dg_plan.Provenance(
            page=3,
            deadline_rows=(7,),
            units_rows=(7,),
            notes=(dg_plan.Note(dg_plan.NoteKind.TEXT, {"text": "<note>"}),),
            alternatives=(dg_plan.Note(dg_plan.NoteKind.TEXT, {"text": "<alt>"}),),
        ),
    )
    section = Section("1", 1, "一", "<标题>", tasks=(task,))
    return dg_plan.Plan(
        metadata=dg_plan.PlanMetadata(title="<计划>", document="<文>"),
        sections=(section,),
        tasks=(task,),
        units=(lead, other),
        platforms=(platform,),
    )


def test_hostile_text_is_escaped_everywhere(hostile):
    task = hostile.tasks[0]
    pieces = [
        hostile._repr_html_(),
        hostile.sections[0]._repr_html_(),
        task._repr_html_(),
        task.units[0]._repr_html_(),
        task.units[1]._repr_html_(),
        task.platforms[0]._repr_html_(),
        export.tasks_html(hostile.tasks, caption="<cap>"),
        export.table(hostile.responsibilities(task.units[0]))._repr_html_(),
        export.table(hostile.responsible_for("<平台>"))._repr_html_(),
        export.table(hostile.timeline())._repr_html_(),
        export.table(hostile.workload())._repr_html_(),
    ]
    for markup in pieces:
        checker = parse(markup)
        assert "script" not in checker.tags
        assert not {"b", "i", "u", "n", "note", "alt", "cap"} & set(checker.tags), checker.tags
    card = text_of(task._repr_html_())
    assert EVIL in card
    assert "&amp;系统" in card  # the text's own "&amp;" survives as text
    assert '<b>省"牵头"局</b>' in card
    assert "<note>" in card
    assert "<alt>" in card


def test_mentions_are_marked(plan):
    task = plan.task(125)
    markup = task._repr_html_()
    assert markup.count("<mark") == len(task.mentions) == 5
    assert text_of(markup).count(task.text) == 1


def test_task_repr_is_short():
    plan = dg_plan.load_plan()
    task = plan.task(18)
    assert repr(task) == "<Task 18 2023年12月底前: 推行“极简审批”和协同化、集成化…>"
    assert all(len(repr(t)) < 50 for t in plan.tasks)
    short = plan.task(11)
    assert repr(short).startswith("<Task 11 2023年12月底前: ")


def test_reprs_of_the_model(plan):
    assert repr(plan.unit("发改委")) == "<Unit 省发展改革委 (government)>"
    assert repr(plan.platform("豫事办")) == "<Platform 豫事办 (app)>"
    assert repr(plan.section("3.4")) == "<Section 3.4 （四）推进政务治理“一网智管”: 6 tasks>"
    assert repr(plan).startswith("<Plan '河南省数字政府建设重点任务清单（2023—2025年）': 178 tasks")
    # Deadlines are small: they keep attrs' repr.
    assert repr(plan.task(18).deadline).startswith("Deadline(kind=<DeadlineKind.DATE")


def test_reprs_of_query_results(plan):
    luoyang = plan.responsibilities("洛阳市人民政府")[0]
    assert repr(luoyang) == "<Responsibility 洛阳市人民政府 responsible task 1 via 各省辖市政府>"
    direct = plan.responsibilities("省审计厅")[0]
    assert repr(direct) == "<Responsibility 省审计厅 lead task 50>"
    top = plan.responsible_for("豫事办")
    assert repr(top[0]) == "<Involvement 省行政审批政务信息管理局: lead 2 (18, 125), responsible 0>"
    assert repr(top[1]) == "<Involvement 各省辖市政府: lead 0, responsible 2 (18, 125)>"
    entry = plan.timeline()[2]
    assert repr(entry) == "<TimelineEntry 2024年6月底前: 13 tasks: 3, 5, 7, 9, 14, 20, 119, 121, …>"
    row = plan.workload()[1]
    assert repr(row) == (
        f"<WorkloadRow 省发展改革委: lead {row.lead}, responsible {row.responsible}>"
    )
    big = plan.responsibilities("省行政审批政务信息管理局")
    assert len(repr(big)) < 80 * len(big)


def test_task_card_has_every_field(plan):
    task = plan.task(9)
    text = text_of(task._repr_html_())
    assert "Task 9" in text
    assert "2024年6月底前" in text
    assert "2024-06-30" in text
    assert "省 restored: 司法厅 → 省司法厅" in text
    assert "Page46" in text.replace(" ", "")
    assert all(p.name in text for p in task.platforms)
    withleads = plan.task(18)._repr_html_()
    assert "<strong>省行政审批政务信息管理局</strong>" in withleads


def test_undated_deadline_cell(plan):
    markup = plan.undated(DeadlineKind.ONGOING)[0]._repr_html_()
    assert "持续推进" in markup
    assert "ongoing" in markup


def test_an_undated_deadline_is_said_in_words_once(plan):
    # Found by a user trial: "适时推进 适时推进" in Chinese, "when_appropriate" in English.
    task = plan.undated(DeadlineKind.WHEN_APPROPRIATE)[0]
    english = task._repr_html_()
    assert "when appropriate" in english
    assert "when_appropriate" not in english
    before = dg_plan.get_language()
    dg_plan.set_language("zh")
    try:
        chinese = task._repr_html_()
    finally:
        dg_plan.set_language(before)
    assert chinese.count("适时推进") == english.count("适时推进") == 1


def test_task_table_lists_tasks_in_order(plan):
    tasks = plan.due_in("2024H1")
    markup = export.tasks_html(tasks)
    checker = parse(markup)
    assert checker.tags.count("tr") == len(tasks) + 1
    rows = markup.split("<tr>")[2:]
    numbers = [int(row.split(">", 2)[1].split("<")[0]) for row in rows]
    assert numbers == [t.number for t in tasks]
    assert "<strong>省市场监管局</strong>" in markup  # task 7's lead


def test_table_wraps_every_kind_of_result(plan):
    led = export.table(plan.tasks_for("省发展改革委", role=Role.LEAD))
    assert len(led) == 25
    assert list(led) == list(plan.tasks_for("省发展改革委", role=Role.LEAD))
    assert led[0].number == 1
    assert repr(led) == "<Table of 25 tasks: 1, 2, 3, 4, 6, 8, 22, 42, …>"
    for items, kind in [
        (plan.responsibilities("洛阳市人民政府"), "responsibilities"),
        (plan.responsible_for("豫事办"), "involvements"),
        (plan.timeline(), "deadlines"),
        (plan.workload(), "units"),
    ]:
        wrapped = export.table(items, caption="标题")
        assert repr(wrapped) == f"<Table of {len(items)} {kind}>"
        checker = parse(wrapped._repr_html_())
        assert checker.tags.count("tr") == len(items) + 1
        assert "标题" in "".join(checker.text)
    assert repr(export.table([])) == "<Table of 0 tasks: —>"


def test_responsibility_table_shows_via_and_role(plan):
    markup = export.table(plan.responsibilities("洛阳市人民政府"))._repr_html_()
    assert markup.count("各省辖市政府") == len(plan.responsibilities("洛阳市人民政府"))
    single = plan.responsibilities("省审计厅")[0]._repr_html_()
    assert "<strong>lead</strong>" in single


def test_table_refuses_mixed_items(plan):
    with pytest.raises(TypeError, match="one kind"):
        export.table([plan.task(1), plan.unit("发改委")])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="one kind"):
        export.table([plan.task(1), plan.timeline()[0]])


def test_plan_and_section_html(plan):
    text = text_of(plan._repr_html_())
    assert "178 tasks, 64 units, 77 platforms" in text
    assert "一、河南省加强数字政府建设实施方案" in text
    assert "省行政审批政务信息管理局106" in text.replace(" ", "")
    section = plan.section("3.4")
    markup = section._repr_html_()
    assert parse(markup).tags.count("tr") == len(section.tasks) + 1
    part = plan.section("2")
    assert all(s.title in text_of(part._repr_html_()) for s in part.subsections)


def test_one_row_html_for_every_result(plan):
    for item in (
        plan.responsibilities("省审计厅")[0],
        plan.responsible_for("豫事办")[0],
        plan.timeline()[0],
        plan.workload()[0],
    ):
        checker = parse(item._repr_html_())
        assert checker.tags.count("tr") == 2


def test_unit_and_platform_cards(plan):
    text = text_of(plan.unit("各省辖市政府")._repr_html_())
    assert "洛阳市人民政府" in text
    assert "collective" in text
    card = text_of(plan.unit("发改委")._repr_html_())
    assert "河南省发展和改革委员会" in card
    assert "(unofficial)" not in card  # its English name is official
    assert "Yushiban" in text_of(plan.platform("豫事办")._repr_html_())
