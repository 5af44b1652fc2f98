"""The tenth reader: when every file returned has problems, collect says 均."""

from types import SimpleNamespace

from dg_plan import _i18n
from dg_plan._cli.track_views import set_aside_head


def test_every_file_with_problems_is_said_with_jun():
    four = [SimpleNamespace(unit=None, problems=()) for _ in range(4)]
    with _i18n.using("zh"):
        assert set_aside_head(four, 4) == "报回的4个文件均存在问题，未汇入台账，问题如下："  # type: ignore[arg-type]
        some = set_aside_head(four[:1], 2)  # type: ignore[arg-type]
        one = set_aside_head(four[:1], 1)  # type: ignore[arg-type]
    assert some == "报回的2个文件中有1个存在问题，未汇入台账，问题如下："
    # One file of one: no 均 for a single file.
    assert "均" not in one
    assert set_aside_head(four, 4) == "set aside all 4 files (not in the ledger); every problem:"  # type: ignore[arg-type]
