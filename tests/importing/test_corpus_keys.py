"""Checks on the corpus of published task lists itself (importing/corpus), not on the importer.

Every document has a hand-written key; this file checks that the keys are well formed and
say only what the documents print: each task's text, deadline and unit names occur in the
document (a unit name may instead be marked derived, from a printed form), each table
document builds with tests/importing/corpus/build.py, and SOURCES.md lists every document.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import pytest

from helpers.corpus import CORPUS, load

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, published as tomli
    tomllib = pytest.importorskip("tomli")

HOLDOUT = CORPUS / "holdout"
UNSEEN = CORPUS / "unseen"
TRIAL = CORPUS / "trial"
TRIAL2 = CORPUS / "trial2"
TRIAL3 = CORPUS / "trial3"
TRIAL4 = CORPUS / "trial4"
TRIAL5 = CORPUS / "trial5"
TRIAL6 = CORPUS / "trial6"
TRIAL7 = CORPUS / "trial7"
TRIAL8 = CORPUS / "trial8"
TRIAL9 = CORPUS / "trial9"
TRIAL10 = CORPUS / "trial10"
TRIAL11 = CORPUS / "trial11"
TRIAL12 = CORPUS / "trial12"
TRIAL13 = CORPUS / "trial13"
TRIAL14 = CORPUS / "trial14"
TRIAL15 = CORPUS / "trial15"
TRIAL16 = CORPUS / "trial16"
TRIAL17 = CORPUS / "trial17"
TRIAL18 = CORPUS / "trial18"
TRIAL19 = CORPUS / "trial19"
TRIAL20 = CORPUS / "trial20"
TRIAL21 = CORPUS / "trial21"
TRIAL22 = CORPUS / "trial22"
TRIAL23 = CORPUS / "trial23"
#: The set each folder holds, as SOURCES.md names it in its ``set`` column.
SETS = {
    CORPUS: "main",
    HOLDOUT: "holdout",
    UNSEEN: "unseen",
    TRIAL: "trial",
    TRIAL2: "trial2",
    TRIAL3: "trial3",
    TRIAL4: "trial4",
    TRIAL5: "trial5",
    TRIAL6: "trial6",
    TRIAL7: "trial7",
    TRIAL8: "trial8",
    TRIAL9: "trial9",
    TRIAL10: "trial10",
    TRIAL11: "trial11",
    TRIAL12: "trial12",
    TRIAL13: "trial13",
    TRIAL14: "trial14",
    TRIAL15: "trial15",
    TRIAL16: "trial16",
    TRIAL17: "trial17",
    TRIAL18: "trial18",
    TRIAL19: "trial19",
    TRIAL20: "trial20",
    TRIAL21: "trial21",
    TRIAL22: "trial22",
    TRIAL23: "trial23",
}
#: The trial sets' keys are kept byte for byte as their testers wrote them: a task's doubt
#: is called ``rule`` (not ``doubt``), and its ``number`` is its place in the file, an
#: integer in ``trial`` and a string ("1") in ``trial2`` to ``trial14``. Every
#: other set writes the printed number as a string and calls the doubt ``doubt``.
TESTER_KEYS = {
    TRIAL: int,
    TRIAL2: str,
    TRIAL3: str,
    TRIAL4: str,
    TRIAL5: str,
    TRIAL6: str,
    TRIAL7: str,
    TRIAL8: str,
    TRIAL9: str,
    TRIAL10: str,
    TRIAL11: str,
    TRIAL12: str,
    TRIAL13: str,
    TRIAL14: str,
    TRIAL15: str,
    TRIAL16: str,
    TRIAL17: str,
    TRIAL18: str,
    TRIAL19: str,
    TRIAL20: str,
    TRIAL21: str,
    TRIAL22: str,
    TRIAL23: str,
}
TABLE = ".table.json"
ROLES = ("leads", "responsible", "support")
STEM = re.compile(r"^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*$")


BUILD = load("build")


def _documents() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(CORPUS.rglob("*")):
        if path.name.endswith(TABLE):
            stem = path.name.removesuffix(TABLE)
        elif path.suffix in {".txt", ".csv"}:
            stem = path.stem
        else:
            continue
        assert stem not in found, f"two documents share the stem {stem}"
        found[stem] = path
    return found


DOCUMENTS = _documents()


def _key_path(document: Path, stem: str) -> Path:
    return document.parent / f"{stem}.key.toml"


def _key(stem: str) -> dict[str, object]:
    with _key_path(DOCUMENTS[stem], stem).open("rb") as handle:
        return tomllib.load(handle)


def _cells(spec: dict[str, object]) -> list[str]:
    texts = [str(t) for t in spec.get("paragraphs_before", [])]  # type: ignore[attr-defined]
    for table in spec["tables"]:  # type: ignore[attr-defined]
        for row in table["header_rows"] + table["rows"]:
            texts.extend(row)
    texts.extend(str(t) for t in spec.get("paragraphs_after", []))  # type: ignore[attr-defined]
    return texts


def _text(stem: str) -> str:
    path = DOCUMENTS[stem]
    if path.name.endswith(TABLE):
        return "\n".join(_cells(json.loads(path.read_text(encoding="utf-8"))))
    return path.read_text(encoding="utf-8")


def _tasks(stem: str) -> list[dict[str, object]]:
    tasks = _key(stem)["task"]
    assert isinstance(tasks, list)
    return tasks


def test_the_corpus_has_a_main_a_holdout_an_unseen_and_three_trial_sets():
    for folder in SETS:
        assert any(p.parent == folder for p in DOCUMENTS.values()), folder
    assert all(p.parent in SETS for p in DOCUMENTS.values()), (
        "documents only in corpus/, holdout/, unseen/, trial/ or trial2/ to trial18/"
    )


def test_the_corpus_holds_at_least_25_lists():
    # Issue 20: at least 25 real published lists, across the three sets.
    assert len(DOCUMENTS) >= 25


@pytest.mark.parametrize("stem", sorted(DOCUMENTS))
def test_stem_is_numbered_ascii_and_has_one_key(stem):
    assert STEM.match(stem), stem
    assert _key_path(DOCUMENTS[stem], stem).is_file()


def test_every_key_belongs_to_a_document():
    for key in CORPUS.rglob("*.key.toml"):
        stem = key.name.removesuffix(".key.toml")
        assert stem in DOCUMENTS, f"{key.name} has no document"
        assert DOCUMENTS[stem].parent == key.parent


@pytest.mark.parametrize("stem", sorted(DOCUMENTS))
def test_key_parses_and_every_task_has_the_fields(stem):
    key = _key(stem)
    assert isinstance(key["title"], str)
    tasks = _tasks(stem)
    assert tasks, "a key lists at least one task"
    numbers = []
    # The trial sets' keys are kept as their testers wrote them (TESTER_KEYS).
    folder = DOCUMENTS[stem].parent
    trial = folder in TESTER_KEYS
    for task in tasks:
        assert isinstance(task["number"], TESTER_KEYS.get(folder, str))
        assert task["number"]
        numbers.append(task["number"])
        assert isinstance(task["text"], str)
        assert task["text"].strip()
        assert isinstance(task["deadline"], str)
        for role in ROLES:
            assert isinstance(task[role], list), role
            assert all(isinstance(name, str) and name.strip() for name in task[role]), role
        assert isinstance(task.get("doubt", ""), str)
        for derived in task.get("derived", []):
            assert set(derived) == {"name", "from"}, derived
        doubt = "rule" if trial else "doubt"
        assert isinstance(task.get(doubt, ""), str)
        unknown = set(task) - {"number", "text", "deadline", *ROLES, doubt, "derived"}
        assert not unknown, unknown
    assert len(numbers) == len(set(numbers)), "task numbers repeat"


@pytest.mark.parametrize("stem", sorted(DOCUMENTS))
def test_title_text_and_deadline_occur_in_the_document(stem):
    text = _text(stem)
    title = _key(stem)["title"]
    assert isinstance(title, str)
    # A title printed over two lines (trial4/01-jianli-zhongdian) occurs with its line
    # breaks and blank lines taken out.
    joined = re.sub(r"\n\s*", "", text)
    # So does a title whose copy sets a space between two Chinese characters (重点工作 实施方案,
    # trial15/03-jiamusi-shuiwuran2018), read closed up as a title is.
    closed = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", joined)
    assert title in text or title in joined or title in closed, title
    for task in _tasks(stem):
        # An item printed over two lines (trial5/02-mianyang-minsheng-trad, a name line and a
        # content line; trial5/10-liaoning-jiuye-trad, a line broken mid-sentence) is one
        # paragraph, its lines joined closed up as the grammar joins them.
        # So is a measure run across a document-sharing site's page chunks, each chunk
        # opening with the site's own number (…个体工商 / 2、户提供…:
        # trial17/01-jiaxing-minying2023).
        chunks = re.sub(r"\n\s*[0-9]{1,2}、", "", text)
        # So is a target whose attribution stands before its full stop (…增长11%(市发改委,…)。,
        # trial19/02-jingzhou-fenjie2009): the bracket leaves the text, the full stop stays.
        unbracketed = re.sub(r"[（(][^（()）]*[)）](?=。)", "", text)
        assert (
            task["text"] in text
            or task["text"] in joined
            or task["text"] in chunks
            or (task["text"] in unbracketed)
        ), task["number"]
        assert task["deadline"] in text, task["deadline"]


@pytest.mark.parametrize("stem", sorted(DOCUMENTS))
def test_every_unit_name_occurs_in_the_document_or_is_derived(stem):
    text = _text(stem)
    # A name wrapped over lines of a table rendered one cell a paragraph (市政 / 府办 / 公厅,
    # trial18/04-changsha-zhongdian2012) occurs with its line breaks and blank lines taken out.
    joined = re.sub(r"\n\s*", "", text)
    for task in _tasks(stem):
        derived = {d["name"]: d["from"] for d in task.get("derived", [])}  # type: ignore[union-attr]
        names = [name for role in ROLES for name in task[role]]  # type: ignore[attr-defined]
        assert len(names) == len(set(names)), f"task {task['number']}: a unit has two roles"
        for name in names:
            if name in derived:
                assert derived[name] in text, derived[name]
            else:
                assert name in text or name in joined, f"task {task['number']}: {name}"
            assert not name.endswith("等"), f"list ending kept in {name}"
        assert set(derived) <= set(names), "a derived note names no unit of the task"


@pytest.mark.parametrize("path", BUILD.all_tables(CORPUS), ids=lambda p: p.name)
def test_every_table_document_builds(path, tmp_path):
    spec = BUILD.load(path)
    out = BUILD.build(path, tmp_path)
    assert out.suffix == f".{spec['format']}"
    expected = [row for table in spec["tables"] for row in table["header_rows"] + table["rows"]]
    if spec["format"] == "docx":
        docx = pytest.importorskip("docx")
        document = docx.Document(str(out))
        paragraphs = [p.text for p in document.paragraphs]
        assert paragraphs[: len(spec["paragraphs_before"])] == spec["paragraphs_before"]
        rows = [[cell.text for cell in row.cells] for t in document.tables for row in t.rows]
    else:
        openpyxl = pytest.importorskip("openpyxl")
        sheet = openpyxl.load_workbook(str(out)).active
        values = [
            [c if c is not None else "" for c in r] for r in sheet.iter_rows(values_only=True)
        ]
        rows = values[len(spec["paragraphs_before"]) :][: len(expected)]
    assert len(rows) == len(expected)
    merged = [m for table in spec["tables"] for m in table.get("merged", [])]
    for r, row in enumerate(expected):
        for c, cell in enumerate(row):
            covered = any(
                m["rows"][0] <= r <= m["rows"][1] and m["cols"][0] <= c <= m["cols"][1]
                for m in merged
            )
            if cell or not covered:
                assert rows[r][c] == cell, (r, c)


def _parts(path):
    # Every part of the document but its core properties, which openpyxl stamps with the
    # time of saving (the compressed file's length could differ by a byte between builds).
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"
        }


def test_build_is_deterministic_in_content(tmp_path):
    for path in BUILD.all_tables(CORPUS):
        first = _parts(BUILD.build(path, tmp_path))
        second = _parts(BUILD.build(path, tmp_path))
        assert first == second, path.name


def test_sources_lists_every_stem_with_its_set():
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    rows = {}
    for line in sources.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 1 and STEM.match(cells[0].strip("`")):
            rows[cells[0].strip("`")] = cells
    assert set(rows) == set(DOCUMENTS)
    for stem, cells in rows.items():
        named = cells[-1].lower()
        assert named in set(SETS.values()), (stem, named)
        assert named == SETS[DOCUMENTS[stem].parent], stem
        assert cells[1].startswith("http"), stem


@pytest.mark.parametrize("path", BUILD.all_tables(CORPUS), ids=lambda p: p.name)
def test_the_xlsx_builder_writes_the_same_grid(path, tmp_path):
    # No corpus table was published as xlsx yet; build each one as xlsx too, so that the
    # builder's second format is exercised before a workbook joins the corpus.
    openpyxl = pytest.importorskip("openpyxl")
    spec = json.loads(path.read_text(encoding="utf-8"))
    spec["format"] = "xlsx"
    copy = tmp_path / path.name
    copy.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    out = BUILD.build(copy, tmp_path)
    sheet = openpyxl.load_workbook(str(out)).active
    values = [["" if c is None else c for c in r] for r in sheet.iter_rows(values_only=True)]
    before = spec["paragraphs_before"]
    assert [row[0] for row in values[: len(before)]] == before
    expected = [row for table in spec["tables"] for row in table["header_rows"] + table["rows"]]
    assert values[len(before) : len(before) + len(expected)] == expected
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert len(merged) == sum(len(t.get("merged", [])) for t in spec["tables"])
