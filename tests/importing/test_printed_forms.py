"""Forms of published lists the importer reads by a general rule (issue #20, unseen set).

Each test prints rows as a published list prints them (the corpus document named) and
expects what the print says, by the rule docs/importing.md's grammar table names: the
expected values are the print's, never the importer's output.
"""

from __future__ import annotations

import json

import pytest

from dg_plan import DeadlineKind, PlanImportError, importing
from dg_plan.importing import FindingKind
from helpers.cli import call
from helpers.workbooks import write_csv

# -- a text column headed by the general form (…内容, …任务, …目标, …实事, …举措) ----------


@pytest.mark.parametrize(
    ("header", "row", "text", "units"),
    [
        # 45-dazhu-minsheng: 序号/民生实事/责任单位/完成时限.
        (
            ["序号", "民生实事", "责任单位", "完成时限"],
            ["2", "新建2座人行天桥。", "县住建局", "9月投入使用"],
            "新建2座人行天桥。",
            ["县住建局"],
        ),
        # 46-cangnan-minsheng: 序号/项目内容/当前进度/牵头单位/备注.
        (
            ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
            ["2", "建设四好农村路55公里。", "95%", "县交通局", "县民生实事"],
            "建设四好农村路55公里。",
            ["县交通局"],
        ),
        # 41-shapingba-mubiao: 序号/2022年预期目标/责任单位.
        (
            ["序号", "2022年预期目标", "责任单位"],
            ["2", "固定资产投资增长6%左右", "区发展改革委"],
            "固定资产投资增长6%左右",
            ["区发展改革委"],
        ),
        # The same forms in other lists: 建设内容, 目标任务, 重点举措.
        (
            ["序号", "建设内容", "责任单位"],
            ["1", "新建城市书房10个。", "市文广旅游局"],
            "新建城市书房10个。",
            ["市文广旅游局"],
        ),
    ],
)
def test_a_text_header_of_the_general_form_is_the_text_column(tmp_path, header, row, text, units):
    path = write_csv(tmp_path / "清单.csv", [header, row])
    result = importing.read(path)
    task = result.plan.tasks[0]
    assert task.text == text
    assert [u.name for u in task.units] == units


def test_progress_and_remark_columns_are_not_read_as_text(tmp_path):
    # 46-cangnan-minsheng: 当前进度 and 备注 (县民生实事) are neither text nor units.
    rows = [
        ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
        ["3", "完成农村公路大中修70公里。", "90%", "县交通局", "县民生实事"],
    ]
    task = importing.read(write_csv(tmp_path / "进度.csv", rows)).plan.tasks[0]
    assert task.text == "完成农村公路大中修70公里。"
    assert [u.name for u in task.leads] == ["县交通局"]


# -- a header the user maps: read(columns=...) and --column ROLE=HEADER -------------------

_OWN_HEADERS = [
    ["序号", "项目名称", "承办处室", "办结时间", "备注"],
    ["1", "新建2座人行天桥。", "县住建局", "2024年底前", "县民生实事"],
]


def test_unknown_headers_refuse_the_file_and_list_what_was_seen(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    with pytest.raises(PlanImportError) as caught:
        importing.read(path)
    (problem,) = caught.value.problems
    assert problem.kind is FindingKind.NO_HEADER_ROW
    headers = problem["headers"]
    for cell in ("A1 序号 → number", "B1 项目名称", "C1 承办处室", "D1 办结时间"):
        assert cell in headers
    assert "text" in problem["roles"]
    assert "--column ROLE=HEADER" in problem.message
    # In Chinese, the roles are named by their Chinese names.
    assert "序号 → 序号" in problem.render("zh")
    assert "任务" in problem.render("zh")


def test_a_close_header_names_its_closest_known_header(tmp_path):
    # A header misprinted (単 for 单) is named with the header it is closest to.
    rows = [["序号", "工作事项", "牵头単位"], ["1", "做一件事", "市住建局"]]
    with pytest.raises(PlanImportError) as caught:
        importing.read(write_csv(tmp_path / "清单.csv", rows))
    assert "C1 牵头単位 ≈ 牵头单位 → lead" in caught.value.problems[0]["headers"]


def test_columns_map_unknown_headers(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    columns = {"text": "项目名称", "lead": "承办处室", "deadline": "办结时间", "ignore": "备注"}
    result = importing.read(path, columns=columns)
    task = result.plan.tasks[0]
    assert task.text == "新建2座人行天桥。"
    assert [u.name for u in task.leads] == ["县住建局"]
    assert str(task.deadline) == "2024年12月底前"
    assert not [p for p in result.problems if p.kind is FindingKind.TEXT_ABOVE_HEADER]


def test_columns_take_chinese_role_names_and_several_headers(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    columns = {"任务": "项目名称", "牵头单位": ["承办处室"], "不读": ["办结时间", "备注"]}
    task = importing.read(path, columns=columns).plan.tasks[0]
    assert task.text == "新建2座人行天桥。"
    assert [u.name for u in task.leads] == ["县住建局"]
    assert task.deadline.kind is DeadlineKind.UNSPECIFIED


def test_a_mapped_header_no_row_holds_is_a_problem(tmp_path):
    path = write_csv(
        tmp_path / "清单.csv", [["序号", "民生实事", "责任单位"], ["1", "做事", "县住建局"]]
    )
    result = importing.read(path, columns={"support": "配合处室"})
    (problem,) = [p for p in result.problems if p.kind is FindingKind.COLUMN_NOT_FOUND]
    assert dict(problem.values) == {"header": "配合处室", "role": "support"}


@pytest.mark.parametrize(
    ("columns", "said"),
    [({"title": "项目名称"}, "'title' is no column role"), ({"text": " "}, "names no header")],
)
def test_a_malformed_mapping_stops_the_import(tmp_path, columns, said):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    with pytest.raises(PlanImportError) as caught:
        importing.read(path, columns=columns)
    (problem,) = caught.value.problems
    assert problem.kind is FindingKind.COLUMN_MAPPING_MALFORMED
    assert said in problem.message


def test_the_command_line_maps_columns(tmp_path):
    path = write_csv(tmp_path / "清单.csv", _OWN_HEADERS)
    refused = call("--lang", "zh", "import", str(path))
    assert refused.returncode == 1
    assert "B1 项目名称" in refused.stderr
    assert "--column" in refused.stderr
    out = tmp_path / "plan.json"
    done = call(
        "import",
        str(path),
        "-o",
        str(out),
        "--column",
        "text=项目名称",
        "--column",
        "lead=承办处室",
        "--column",
        "ignore=办结时间",
        "--column",
        "ignore=备注",
    )
    assert done.returncode == 0, done.stderr
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert plan["tasks"][0]["text"] == "新建2座人行天桥。"
