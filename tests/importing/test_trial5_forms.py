"""Forms found when trial5's 12 fresh lists were first imported (issue 20).

Each test prints one general form as a real list printed it (the lines quoted from the
trial5 document named, tests/importing/corpus/trial5, or a form of the same shape), and
expects what the print says: the expected units and texts are read off the print by
hand, never taken from the importer's output.
"""

from __future__ import annotations

from dg_plan import importing


def _names(units):
    return [u.name for u in units]


# trial5/04-xiping-fazhi: 按职责分工 and 分别 together before 负责.
def test_the_duty_phrase_and_fenbie_together_leave_the_name():
    text = (
        "(一)为推动经济高质量发展提供法治保障。加强规范性文件备案审查。\n"
        "责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。\n"
    )
    (task,) = importing.read_text(text).plan.tasks
    assert _names(task.responsible) == ["县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"]
    # The other order reads so too.
    (task,) = importing.read_text("1.加强审查。(甲局、乙局分别按照职责分工负责)\n").plan.tasks
    assert _names(task.responsible) == ["甲局", "乙局"]
