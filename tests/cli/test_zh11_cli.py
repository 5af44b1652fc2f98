"""Issue 23, zh11: collect says each count once; its summary lines are whole sentences."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dg_plan import _i18n, tracking
from dg_plan._vocabulary import named_units
from helpers.cli import call
from helpers.tracking_example import AUDIT, JUSTICE, PLAN, R2, WEATHER
from helpers.workbooks import fill

pytest.importorskip("openpyxl")


def _round(tmp_path):
    """Two good returns and one with a bad cell (a status that is none of the three)."""
    folder = tmp_path / "returned"
    folder.mkdir()
    for unit, entries in (
        (JUSTICE, {9: ("推进中",)}),
        (WEATHER, {12: ("推进中",)}),
        (AUDIT, {50: ("好的",)}),
    ):
        path = folder / f"{unit}.xlsx"
        tracking.write_template(PLAN, unit, path, as_of=R2)
        fill(path, entries)
    return folder


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            [
                "已将2个文件中的2条报送记录汇入台账（“{ledger}”）。",
                "1个文件存在问题，已搁置待退回修改。",
                "已搁置文件及其问题如下：",
            ],
        ),
        (
            "en",
            [
                "Wrote {ledger}: 2 reports from 2 files read into the ledger.",
                "1 file set aside, to be sent back for correction.",
                "the files set aside and their problems:",
            ],
        ),
    ],
)
def test_some_files_with_problems_are_counted_once(tmp_path, lang, expected):
    ledger = tmp_path / "ledger.json"
    result = call("--lang", lang, "track", "collect", str(_round(tmp_path)), "-o", str(ledger))
    assert result.returncode == 3, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:3] == [line.format(ledger=ledger) for line in expected]
    # The one file set aside is counted once: no second "1 of 3" over its problems.
    assert "报回的3个文件" not in result.stdout
    assert "of 3 files" not in result.stdout
    # The file's name first: quoted in Chinese (the glossary's "File names"), bare in English.
    returned = tmp_path / "returned" / f"{AUDIT}.xlsx"
    assert lines[3].strip().startswith(f"“{returned}”" if lang == "zh" else str(returned))


def test_with_the_ledger_on_standard_output_the_heading_still_counts(tmp_path):
    # -o -: no summary lines; the heading over the problems is the only count.
    result = call("--lang", "zh", "track", "collect", str(_round(tmp_path)), "-o", "-")
    assert result.returncode == 3
    assert "报回的3个文件中有1个存在问题，未汇入台账，问题如下：" in result.stderr


# collect's summary lines (render.text_ledger_written, track_views.set_aside_counts):
# each a whole sentence in the catalog, its capital and full stop included, so that no
# code changes its case or adds its full stop by language.
SUMMARY = [
    ("Wrote {path}: {reports} from {files} read into the ledger.", None),
    ("Wrote {path}: {reports} from this round's {files} read into the ledger.", None),
    (
        (
            "Wrote {path}: {reports} from {files} for {date}, an earlier round than the "
            "ledger's latest, read into the ledger."
        ),
        None,
    ),
    ("Wrote {path}: no file read into the ledger.", None),
    ("Wrote {path}: no file of this round read into the ledger.", None),
    ("The ledger now holds {total}.", None),
    ("{count} duplicate file skipped.", "{count} duplicate files skipped."),
    (
        "{count} file set aside, to be sent back for correction.",
        "{count} files set aside, to be sent back for correction.",
    ),
    (
        "{count} file set aside: the ledger already holds its unit's reports for its day.",
        "{count} files set aside: the ledger already holds their units' reports for their day.",
    ),
    (
        "{count} file set aside: not this round's template, to be returned again.",
        "{count} files set aside: not this round's template, to be returned again.",
    ),
    (
        "{count} file set aside: it cannot be opened, to be returned again.",
        "{count} files set aside: they cannot be opened, to be returned again.",
    ),
    (
        "{count} file set aside for the office to choose: two files of one unit.",
        "{count} files set aside for the office to choose: two or more files of one unit.",
    ),
    (
        "{count} file set aside: its 填报单位 could not be read.",
        "{count} files set aside: their 填报单位 could not be read.",
    ),
]


@pytest.mark.parametrize(("one", "many"), SUMMARY)
def test_each_summary_line_is_a_whole_sentence_in_the_catalog(one, many):
    with _i18n.using("zh"):
        said = _i18n.gettext(one) if many is None else _i18n.ngettext(one, many, 2)
    # Translated whole: Chinese, ending with its own full stop.
    assert said != one
    assert said.endswith("。"), said
    assert not said.endswith("。。")


def test_the_english_summary_reads_as_before(tmp_path):
    # The same words as before the catalog change: a capital, a full stop, each line.
    ledger = tmp_path / "ledger.json"
    result = call("track", "collect", str(_round(tmp_path)), "-o", str(ledger))
    assert result.stdout.splitlines()[:2] == [
        f"Wrote {ledger}: 2 reports from 2 files read into the ledger.",
        "1 file set aside, to be sent back for correction.",
    ]


def test_the_units_a_plan_names_leave_out_the_placeholder_in_order():
    units = [SimpleNamespace(name=n) for n in ("市数据局", "未明确单位", "市财政局")]
    assert [u.name for u in named_units(units)] == ["市数据局", "市财政局"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "--kind goes with no unit name"),
        ("zh", "--kind 只能在不写单位名称时使用"),
    ],
)
def test_a_kind_given_with_a_unit_name_is_refused(lang, said):
    # --kind lists the units of a kind; with a name it used to be ignored in silence.
    result = call("--lang", lang, "unit", "省公安厅", "--kind", "collective")
    assert result.returncode == 2
    assert said in result.stderr
    assert result.stdout == ""
    # Without a name it still lists the units of the kind.
    listed = call("--lang", lang, "unit", "--kind", "collective")
    assert listed.returncode == 0
    assert "各省辖市政府" in listed.stdout
