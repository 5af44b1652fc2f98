"""One walk of the 文号 numbering gives each unit's 文号 and those passed over (zh11)."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from dg_plan.tracking.issued import Issued, numbered, numbering

PREFIX = "豫督〔2024〕"
DAY = datetime.date(2024, 7, 1)


def _log(*numbers: int) -> tuple[Issued, ...]:
    return tuple(
        Issued("督办通知", f"单位{n}", f"{PREFIX}{n}号", DAY, f"单位{n}-督办通知.docx")
        for n in numbers
    )


def test_numbers_logged_are_passed_over_and_said():
    # By hand: 2, 3 and 5 are logged; three notices from 1 take 1, 4 and 6, and pass
    # over 2, 3 and 5 on the way.
    given_ = numbering(["甲", "乙", "丙"], PREFIX, 1, taken=_log(2, 3, 5, 9))
    assert given_.numbers == {"甲": f"{PREFIX}1号", "乙": f"{PREFIX}4号", "丙": f"{PREFIX}6号"}
    assert given_.passed_over == (f"{PREFIX}2号", f"{PREFIX}3号", f"{PREFIX}5号")


def test_without_a_prefix_nothing_is_numbered_or_passed_over():
    given_ = numbering(["甲"], "", 1, taken=_log(1))
    assert given_.numbers == {"甲": ""}
    assert given_.passed_over == ()


@given(
    st.integers(1, 30),
    st.sets(st.integers(1, 40), max_size=15),
    st.integers(1, 10),
)
def test_every_number_from_the_first_is_given_or_passed_over(count, logged, first):
    units = [f"单位{i}" for i in range(count)]
    given_ = numbering(units, PREFIX, first, taken=_log(*logged))
    assert numbered(units, PREFIX, first, taken=_log(*logged)) == given_.numbers
    serial = [int(n.removeprefix(PREFIX).removesuffix("号")) for n in given_.numbers.values()]
    skipped = [int(n.removeprefix(PREFIX).removesuffix("号")) for n in given_.passed_over]
    # The numbers given and passed over run from the first, without a gap, to the last
    # given; those passed over are exactly the logged ones in that run.
    assert sorted(serial + skipped) == list(range(first, max(serial) + 1))
    assert set(skipped) == {n for n in logged if first <= n <= max(serial)}
    assert not set(serial) & logged
