"""dg_plan's own export imports back (issue #20): the CSV file and the workbook, in both
languages, give the shipped plan's tasks, with no problem and one note on the columns
not read.

The expected values are the shipped plan's own (``dg_plan.load_plan()``), not the
export's cells: a task's number, text, deadline as printed, units by role, its section's
label and title, and its part's label.
"""

from __future__ import annotations

import csv

import pytest

import dg_plan
from dg_plan import export, importing
from dg_plan.importing import FindingKind

PLAN = dg_plan.load_plan()


def fields(plan: dg_plan.Plan, task: dg_plan.Task) -> tuple[object, ...]:
    section, part = plan.section_of(task), plan.part_of(task)
    return (
        task.number,
        task.text,
        str(task.deadline),
        [u.name for u in task.leads],
        [u.name for u in task.responsible],
        [u.name for u in task.support],
        (section.label, section.title) if section else None,
        part.label if part else None,
    )


def write(path, lang: str) -> None:
    if path.suffix == ".csv":
        export.to_csv(PLAN, path, lang=lang)
    else:
        export.to_excel(PLAN, path, lang=lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_shipped_plan_exported_imports_back(tmp_path, lang, suffix):
    path = tmp_path / f"plan{suffix}"
    write(path, lang)
    result = importing.read(path)
    assert [p.kind for p in result.problems] == []
    got = result.plan
    assert [fields(got, t) for t in got.tasks] == [fields(PLAN, t) for t in PLAN.tasks]
    # One note for the columns not read, not one per task; the parts' titles, which
    # the export does not write, are named by number.
    own = [n for n in result.notes if n.kind is FindingKind.OWN_EXPORT]
    assert len(own) == 1
    values = dict(own[0].values)
    expected = {
        "zh": "完成时限类型、到期日期、主责单位、涉及平台、页码",
        "en": "deadline_kind、due、accountable、platforms、page",
    }
    assert values["columns"] == expected[lang]
    assert values["parts"] == "一、二、三、四"
    assert [s.title for s in got.sections] == ["第一部分", "第二部分", "第三部分", "第四部分"]


def test_the_english_header_was_refused_before_and_is_read_now(tmp_path):
    # The English export's header row holds no Chinese header word: only its being
    # the export's own makes it a header row.
    path = tmp_path / "plan.csv"
    write(path, "en")
    with path.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert "主要任务" not in header
    assert len(importing.read(path).plan.tasks) == len(PLAN.tasks)


def test_a_unit_renamed_by_hand_is_read_with_its_new_name(tmp_path):
    path = tmp_path / "plan.csv"
    write(path, "zh")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    leads = rows[0].index("牵头单位")
    old = rows[1][leads].split("、")
    rows[1][leads] = "、".join(["省未来事务局", *old[1:]])
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    result = importing.read(path)
    first = result.plan.tasks[0]
    assert [u.name for u in first.leads] == ["省未来事务局", *old[1:]]
    assert result.plan.unit("省未来事务局").kind is dg_plan.UnitKind.UNCLASSIFIED
    # The other tasks are as shipped.
    assert [fields(result.plan, t) for t in result.plan.tasks[1:]] == [
        fields(PLAN, t) for t in PLAN.tasks[1:]
    ]


def test_a_table_with_only_ordinary_headers_is_no_own_export(tmp_path):
    # 序号, 主要任务, 牵头单位: headers any list prints; no column only the export has.
    path = tmp_path / "list.csv"
    path.write_text("序号,主要任务,牵头单位\n1,建立推进机制。,省发展改革委\n", encoding="utf-8")
    result = importing.read(path)
    assert not [n for n in result.notes if n.kind is FindingKind.OWN_EXPORT]
    assert [u.name for u in result.plan.tasks[0].leads] == ["省发展改革委"]


@pytest.mark.parametrize(
    ("places", "header"),
    [
        (
            [("一", "一、", "一、总体要求"), ("二", "二、（一）", "（一）加强保障")],
            "序号,部分,章节,章节标题,完成时限,到期日期,牵头单位,负责单位,配合单位,主责单位,主要任务",
        ),
        (
            [("1", "1", "一、总体要求"), ("2", "2.1", "（一）加强保障")],
            (
                "number,part,section,section_title,deadline,due,leads,responsible,support,"
                "accountable,text"
            ),
        ),
    ],
)
def test_a_task_in_a_part_itself_gives_the_parts_title(tmp_path, places, header):
    # Task 1 sits in part 一 itself: its section title is the part's heading. Part 二's
    # own heading is printed by no row.
    rows = [header]
    for number, (part, section, title) in enumerate(places, start=1):
        text = ["建立推进机制。", "落实资金保障。"][number - 1]
        rows.append(f"{number},{part},{section},{title},持续推进,,省财政厅,,,省财政厅,{text}")
    path = tmp_path / "plan.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = importing.read(path)
    assert result.problems == ()
    first, second = result.plan.sections
    assert (first.label, first.title, first.subsections) == ("一", "总体要求", ())
    assert (second.label, second.title) == ("二", "第二部分")
    assert [(s.label, s.title) for s in second.subsections] == [("（一）", "加强保障")]
    assert [t.number for t in second.subsections[0].tasks] == [2]
    (own,) = [n for n in result.notes if n.kind is FindingKind.OWN_EXPORT]
    assert dict(own.values)["parts"] == "二"
