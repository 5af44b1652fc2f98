"""A small documented round on the shipped plan, for hand counts (issue 21).

The tasks, as the source document prints them (deadline; units):

- 9  (2024年6月底前): 省委政法委、省政府办公厅、省公安厅、司法厅、民政厅、信访局，
  各省辖市政府…按职责分工负责 (no lead: 省司法厅 is 负责 and accountable);
- 40 (2025年12月底前), 41 (2024年12月底前): 省委编办、省政府办公厅、省行政审批政务信息管理局牵头…;
- 51, 52 (2024年12月底前): 省行政审批政务信息管理局、市场监管局、司法厅牵头…;
- 53 (2023年12月底前): 省委编办、省行政审批政务信息管理局牵头…;
- 12, 13 (2024年12月底前), 14 (2024年6月底前): …气象局…按职责分工负责 (no lead:
  省气象局 is 负责 and accountable);
- 11 (2023年12月底前): 省应急管理厅，各省辖市政府、济源示范区管委会、航空港区管委会按职责分工负责;
- 50 (持续推进): 省审计厅牵头….

So 省司法厅 is accountable for 9 (负责), 51 and 52 (牵头); 省委编办 for 40, 41 and 53
(牵头); 省气象局 for 12, 13 and 14 (负责); 省审计厅 for 50 (牵头).

Two rounds: 2024-06-30 and 2024-12-31. What each unit said:

========  ====  ==========  ======================  =================================
unit      task  round       status                  so, as of 2024-12-31
========  ====  ==========  ======================  =================================
司法厅    9     06-30       推进中
司法厅    9     12-31       已完成 2024-09-15       done late (due 06-30)
司法厅    51    12-31       已完成 2024-12-20       done on time
司法厅    52    12-31       推进中                  due on the day, not done
编办      53    06-30       未启动                  late, not done
编办      41    —           —                       due on the day, not reported
编办      40    12-31       推进中                  not due
气象局    14    06-30       已完成 2024-06-28       done on time
气象局    13    12-31       已完成 2024-12-31       done on time (on the day)
气象局    12    —           —                       due on the day, not reported
审计厅    50    12-31       推进中                  undated: never due
各省辖市  11    06-30       已完成 2023-12-20       every city done on time through it
郑州市    14    06-30       推进中                  late, not done (郑州's own answer)
========  ====  ==========  ======================  =================================
"""

from __future__ import annotations

import datetime

import dg_plan
from dg_plan.tracking import Ledger, Report, Status

PLAN = dg_plan.load_plan()
R1, R2 = datetime.date(2024, 6, 30), datetime.date(2024, 12, 31)
JUSTICE, BIANBAN, WEATHER, AUDIT = "省司法厅", "省委编办", "省气象局", "省审计厅"
CITIES, ZHENGZHOU, LUOYANG = "各省辖市政府", "郑州市人民政府", "洛阳市人民政府"
D = datetime.date

REPORTS = (
    Report(9, JUSTICE, Status.IN_PROGRESS, R1),
    Report(9, JUSTICE, Status.DONE, R2, completed_on=D(2024, 9, 15)),
    Report(
        51,
        JUSTICE,
        Status.DONE,
        R2,
        completed_on=D(2024, 12, 20),
        note="已印发",
        evidence=("豫政〔2024〕1号",),
    ),
    Report(52, JUSTICE, Status.IN_PROGRESS, R2, note="已形成征求意见稿"),
    Report(53, BIANBAN, Status.NOT_STARTED, R1),
    Report(40, BIANBAN, Status.IN_PROGRESS, R2),
    Report(14, WEATHER, Status.DONE, R1, completed_on=D(2024, 6, 28)),
    Report(13, WEATHER, Status.DONE, R2, completed_on=R2),
    Report(50, AUDIT, Status.IN_PROGRESS, R2),
    Report(11, CITIES, Status.DONE, R1, completed_on=D(2023, 12, 20)),
    Report(14, ZHENGZHOU, Status.IN_PROGRESS, R1),
)


def ledger() -> Ledger:
    """The example's ledger."""
    return Ledger(PLAN, REPORTS)
