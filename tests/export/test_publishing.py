"""SQLite for Datasette and the Frictionless data package, read back by other readers.

The SQLite file is read with the standard library's sqlite3 and served by Datasette; the
data package is read with the csv module and validated by frictionless (its Python API
and its command line). Expected values come from the plan's own data by plain scans of
the task texts and unit cells, not from the tables code.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import importlib.util
import io
import json
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dg_plan import (
    Deadline,
    DeadlineKind,
    InvalidTypeError,
    Plan,
    PlanMetadata,
    Task,
    Unit,
    UnitKind,
    ValidationError,
    _sqlite,
    export,
    load_plan,
    tracking,
)
from dg_plan.strategies import ledgers
from dg_plan.tracking import Ledger, Report, Status
from helpers.cli import call, ok
from helpers.glossary import violations

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")
TABLES = (
    "plan",
    "sections",
    "units",
    "unit_members",
    "platforms",
    "tasks",
    "task_units",
    "mentions",
)


def _containing(plan, words):
    """The numbers of the tasks whose text contains *words*: a plain substring scan."""
    return [t.number for t in plan.tasks if words in t.text]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("sqlite") / "plan.db"
    export.to_sqlite(load_plan(), path)
    return path


@pytest.fixture
def db(database):
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    yield connection
    connection.close()


def _ledger(plan):
    day = datetime.date(2024, 1, 5)
    return Ledger(
        plan,
        (
            Report(50, "省审计厅", Status.IN_PROGRESS, datetime.date(2023, 12, 1)),
            Report(50, "省审计厅", Status.DONE, day, completed_on=datetime.date(2023, 12, 20)),
            Report(
                1, "洛阳市", Status.NOT_STARTED, day, note="待启动", evidence=("豫审〔2024〕1号",)
            ),
        ),
    )


# -- SQLite: the tables --------------------------------------------------------------------


def test_sqlite_has_the_tables_with_their_rows(plan, db):
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(TABLES) <= names
    assert "reports" not in names  # no ledger given
    count = {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}  # noqa: S608
    assert count["tasks"] == 178  # the print's numbering ends at 178
    assert count["sections"] == len(plan.sections) + sum(len(p.subsections) for p in plan.sections)
    assert count["units"] == len(plan.units)
    assert count["platforms"] == len(plan.platforms)
    assert count["mentions"] == sum(len(t.mentions) for t in plan.tasks)
    rows = db.execute("SELECT number, text, deadline, due, part FROM tasks ORDER BY number")
    for (number, text, deadline, due, part), task in zip(rows, plan.tasks, strict=True):
        assert (number, text, deadline) == (task.number, task.text, str(task.deadline))
        assert due == (task.deadline.date.isoformat() if task.deadline.date else None)
        assert task in plan.section(part).tasks
    assert db.execute("SELECT document, first_year, last_year FROM plan").fetchone() == (
        "豫政〔2023〕17号",
        2023,
        2025,
    )


def test_sqlite_keys_hold_and_are_enforced(database, db):
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    keys = {(r[2], r[3]) for r in db.execute("PRAGMA foreign_key_list(task_units)")}
    assert keys == {("tasks", "task"), ("units", "unit"), ("units", "via")}
    pk = [r[1] for r in db.execute("PRAGMA table_info(task_units)") if r[5]]
    assert pk == ["task", "unit"]
    writable = sqlite3.connect(database)
    try:
        writable.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            writable.execute("INSERT INTO task_units VALUES (999, '省审计厅', 'lead', NULL, 1, 1)")
        with pytest.raises(sqlite3.IntegrityError):
            writable.execute(
                "INSERT INTO tasks (number, deadline_kind, text) VALUES (1, 'date', 'x')"
            )
    finally:
        writable.rollback()
        writable.close()


def test_sqlite_task_units_give_roles_and_collectives(plan, db):
    named = db.execute(
        "SELECT task, unit, role FROM task_units WHERE via IS NULL ORDER BY task, position"
    ).fetchall()
    assert named == [(t.number, u.name, t.role_of(u).value) for t in plan.tasks for u in t.units]
    # Every task whose printed unit cell names 各省辖市政府 reaches 洛阳市人民政府
    # through it (the cell never names 洛阳 itself).
    cells = [t.number for t in plan.tasks if "各省辖市政府" in t.units_text]
    assert not [t for t in plan.tasks if "洛阳" in t.units_text]
    luoyang = db.execute(
        "SELECT task FROM task_units WHERE unit = '洛阳市人民政府' AND via = '各省辖市政府' "
        "ORDER BY task"
    ).fetchall()
    assert [r[0] for r in luoyang] == cells
    # 17 cities (the collective's members), each through the collective on each such task.
    through = db.execute("SELECT COUNT(*) FROM task_units WHERE via = '各省辖市政府'").fetchone()
    assert through[0] == 17 * len(cells)
    audit = db.execute("SELECT task, role FROM task_units WHERE unit = '省审计厅'").fetchall()
    assert audit == [
        (t.number, "lead") for t in plan.tasks if t.units_text.startswith("省审计厅牵头")
    ]


def test_sqlite_mentions_are_the_words_of_the_text(plan, db):
    rows = db.execute("SELECT task, platform, words, char_start, char_end FROM mentions")
    for task, platform, words, start, end in rows:
        assert plan.task(task).text[start:end] == words
        assert words in plan.platform(platform).names
    yushiban = db.execute("SELECT DISTINCT task FROM mentions WHERE platform = '豫事办'")
    assert sorted(r[0] for r in yushiban) == _containing(plan, "豫事办")


# -- SQLite: full-text search ---------------------------------------------------------------


def test_full_text_index_finds_chinese_words(plan, db):
    def match(query):
        found = db.execute(
            "SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ? ORDER BY rowid", (query,)
        )
        return [r[0] for r in found]

    assert match("豫事办") == _containing(plan, "豫事办") == [18, 125]
    for words in ("一体化政务服务平台", "电子政务外网", "数据共享", "12345"):
        assert match(f'"{words}"') == _containing(plan, words), words
    # Every three characters of a few texts are found exactly where they occur.
    for number in (1, 90, 178):
        text = plan.task(number).text
        for i in range(0, len(text) - 3, 7):
            gram = text[i : i + 3]
            if '"' not in gram:
                assert match(f'"{gram}"') == _containing(plan, gram), gram


def test_two_character_words_are_answered_by_the_documented_fallback(plan, db, database):
    # The trigram index cannot answer a word of two characters (the documented limit) ...
    assert db.execute("SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH '数据'").fetchall() == []
    expected = _containing(plan, "数据")
    assert len(expected) > 10
    # ... LIKE can, on the tasks (as the docs say) ...
    like = db.execute("SELECT number FROM tasks WHERE text LIKE '%数据%' ORDER BY number")
    assert [r[0] for r in like] == expected
    # ... and so does the canned query the Datasette metadata offers.
    metadata = json.loads(database.with_suffix(".metadata.json").read_text("utf-8"))
    sql = metadata["databases"]["plan"]["queries"]["search_text"]["sql"]
    assert [r[0] for r in db.execute(sql, {"words": "数据"})] == expected


def _containing_all(plan, words):
    """The tasks whose text holds every space-separated word, Latin case ignored: a scan."""
    return [
        t.number
        for t in plan.tasks
        if all(w.casefold() in t.text.casefold() for w in words.split())
    ]


def _canned(database, name):
    metadata = json.loads(database.with_suffix(".metadata.json").read_text("utf-8"))
    return metadata["databases"]["plan"]["queries"][name]["sql"]


@pytest.mark.parametrize(
    "words", ["政务云 安全", "ipv6", "IPv4/IPv6", 'IPv6"', "数据 共享 平台", "安全", "AND"]
)
def test_canned_queries_find_every_word_in_any_case(plan, db, database, words):
    expected = _containing_all(plan, words)
    search = _canned(database, "search_text")
    match = _canned(database, "match_text")
    assert [r[0] for r in db.execute(search, {"words": words})] == expected
    assert sorted(r[0] for r in db.execute(match, {"words": words})) == expected


def test_canned_queries_answer_the_reported_cases(plan, db, database):
    # Counted by hand in the plan: tasks 109 and 110 say IPv6; six say 政务云 and 安全.
    search = _canned(database, "search_text")
    assert [r[0] for r in db.execute(search, {"words": "ipv6"})] == [109, 110]
    both = [t.number for t in plan.tasks if "政务云" in t.text and "安全" in t.text]
    assert len(both) == 6
    assert [r[0] for r in db.execute(search, {"words": "政务云 安全"})] == both
    assert [r[0] for r in db.execute(search, {"words": "  "})] == []


def test_the_tasks_page_says_what_its_search_box_cannot_do(database):
    metadata = json.loads(database.with_suffix(".metadata.json").read_text("utf-8"))
    description = metadata["databases"]["plan"]["tables"]["tasks"]["description"]
    assert "至少三个字" in description
    assert "three characters or more" in description
    assert description.count("search_text") == 2


# -- SQLite: the views ---------------------------------------------------------------------


def test_views_answer_who_owns_what_and_what_is_due_when(plan, db):
    audit = db.execute("SELECT task, role FROM responsibilities WHERE unit = '省审计厅'")
    assert audit.fetchall() == [(50, "lead")]  # dg_plan.Plan.tasks_for's docstring
    timeline = db.execute("SELECT deadline, tasks, numbers FROM timeline").fetchall()
    by_deadline: dict[str, list[int]] = {}
    for task in plan.tasks:
        by_deadline.setdefault(str(task.deadline), []).append(task.number)
    assert {d: (n, [int(x) for x in s.split(",")]) for d, n, s in timeline} == {
        d: (len(ns), ns) for d, ns in by_deadline.items()
    }
    order = [d for d, _, _ in timeline]
    assert order[:2] == ["2023年6月底前", "2023年12月底前"]
    assert order[-2:] == ["持续推进", "适时推进"]
    leads = db.execute("SELECT lead FROM workload WHERE unit = '省行政审批政务信息管理局'")
    # The unit cells that print it (省 may be carried over from the unit before) before 牵头.
    lead = re.compile(r"行政审批和?政务信息管理局[^，；]*牵头")
    printed = [t for t in plan.tasks if lead.search(t.units_text)]
    assert leads.fetchone()[0] == len(printed)
    accountable = [r[0] for r in db.execute("SELECT unit FROM accountable WHERE task = 11")]
    # Task 11 names no lead: every unit of its cell answers for it (Task's docstring), in
    # printed order, then the cities through 各省辖市政府, by name.
    named = ["省应急管理厅", "各省辖市政府", "济源示范区管委会", "航空港区管委会"]
    assert accountable[:4] == named
    assert accountable[4:] == sorted(u.name for u in plan.members_of("各省辖市政府"))


def test_sqlite_with_a_ledger_has_its_reports(plan, tmp_path):
    path = tmp_path / "tracked.db"
    export.to_sqlite(plan, path, _ledger(plan), metadata=False)
    assert not (tmp_path / "tracked.metadata.json").exists()
    with contextlib.closing(sqlite3.connect(path)) as db:
        reports = db.execute(
            "SELECT id, task, unit, status, status_label, as_of, completed_on, note, evidence "
            "FROM reports"
        ).fetchall()
        assert reports == [
            (1, 50, "省审计厅", "in_progress", "推进中", "2023-12-01", None, "", ""),
            (2, 50, "省审计厅", "done", "已完成", "2024-01-05", "2023-12-20", "", ""),
            (
                3,
                1,
                "洛阳市人民政府",
                "not_started",
                "未启动",
                "2024-01-05",
                None,
                "待启动",
                "豫审〔2024〕1号",
            ),
        ]
        latest = db.execute("SELECT id FROM latest_reports").fetchall()
        assert latest == [(3,), (2,)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_replaces_a_file_whole_and_refuses_what_it_cannot_write(plan, tmp_path):
    path = tmp_path / "plan.db"
    path.write_bytes(b"not a database")
    export.to_sqlite(plan, path, metadata=tmp_path / "meta.json")
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT COUNT(*) FROM tasks").fetchone() == (178,)
    assert json.loads((tmp_path / "meta.json").read_text("utf-8"))["databases"]["plan"]
    with pytest.raises(InvalidTypeError, match="path"):
        export.to_sqlite(plan, io.BytesIO())
    with pytest.raises(InvalidTypeError, match="Ledger"):
        export.to_sqlite(plan, tmp_path / "x.db", ledger="ledger.json")
    other = type(plan)(
        plan.metadata, plan.sections[:1], plan.sections[0].tasks, plan.units, plan.platforms
    )
    with pytest.raises(ValidationError, match="another plan"):
        export.to_sqlite(plan, tmp_path / "x.db", ledger=Ledger(other, ()))
    missing = tmp_path / "no" / "such" / "plan.db"
    with pytest.raises(FileNotFoundError) as caught:
        export.to_sqlite(plan, missing)
    # The error names the file asked for, not the scratch file beside it.
    assert caught.value.filename == str(missing)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meta.json", "plan.db"]


def test_export_sqlite_names_the_path_it_was_given(tmp_path):
    missing = tmp_path / "nonexistent" / "x.db"
    result = call("export", "sqlite", str(missing))
    assert result.returncode != 0
    assert str(missing) in result.stderr
    assert ".tmp" not in result.stderr
    assert not missing.parent.exists()


def test_a_failed_export_leaves_the_old_file_and_no_scratch(plan, tmp_path, monkeypatch):
    path = tmp_path / "plan.db"
    path.write_bytes(b"the old file")

    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(_sqlite, "_fill", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        export.to_sqlite(plan, path)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.db"]
    assert path.read_bytes() == b"the old file"


# A collective and its members in drawn plans: a member named itself and through the
# collective in one task has one row, its own (Plan.responsibilities' rule).
CITIES = Unit(
    "各省辖市政府", kind=UnitKind.COLLECTIVE, members=("洛阳市人民政府", "郑州市人民政府")
)
MEMBERS = (
    Unit("洛阳市人民政府", kind=UnitKind.LOCAL, member_of=("各省辖市政府",)),
    Unit("郑州市人民政府", kind=UnitKind.LOCAL, member_of=("各省辖市政府",)),
)
POOL = (CITIES, *MEMBERS, Unit("省发展改革委"))


@st.composite
def _collective_plans(draw):
    tasks = []
    for number in range(1, draw(st.integers(1, 5)) + 1):
        chosen = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=4, unique=True))
        chosen = draw(st.permutations(chosen))
        leads = tuple(u for u in chosen if draw(st.booleans()))
        support = tuple(u for u in chosen if u not in leads and draw(st.booleans()))
        tasks.append(
            Task(number, "任务", Deadline(DeadlineKind.ONGOING), tuple(chosen), leads, support)
        )
    return Plan(PlanMetadata(title="collectives"), (), tuple(tasks), units=POOL)


@settings(deadline=None)
@given(
    st.one_of(
        _collective_plans().map(lambda p: (p, None)),
        ledgers(min_reports=0, max_reports=6).map(lambda ledger: (ledger.plan, ledger)),
    )
)
def test_sqlite_holds_what_the_queries_answer_on_drawn_plans(drawn):
    plan, ledger = drawn
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "drawn.db"
        export.to_sqlite(plan, path, ledger, metadata=False)
        with contextlib.closing(sqlite3.connect(path)) as db:
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
            rows = db.execute("SELECT task, unit, role, via FROM task_units").fetchall()
            reports = db.execute("SELECT COUNT(*) FROM reports").fetchone() if ledger else (0,)
            tasks = db.execute("SELECT number FROM tasks ORDER BY number").fetchall()
    expected = {
        (r.task.number, unit.name, r.role.value, r.via.name if r.via else None)
        for unit in plan.units
        for r in plan.responsibilities(unit)
    }
    assert sorted(rows, key=repr) == sorted(expected, key=repr)
    assert [n for (n,) in tasks] == [t.number for t in plan.tasks]
    assert reports == (len(ledger.reports) if ledger else 0,)


# -- Datasette's metadata ------------------------------------------------------------------


def test_datasette_metadata_labels_every_table_and_column_in_both_languages(database, db):
    metadata = json.loads(database.with_suffix(".metadata.json").read_text("utf-8"))
    tables = metadata["databases"]["plan"]["tables"]
    for name in TABLES:
        entry = tables[name]
        assert CJK.search(entry["title"])
        assert LATIN.search(entry["title"])
        assert CJK.search(entry["description"])
        assert LATIN.search(entry["description"])
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{name}")')]
        assert list(entry["columns"]) == columns
        for label in entry["columns"].values():
            assert CJK.search(label)
            assert LATIN.search(label)
        assert set(entry.get("facets", ())) <= set(columns)
    for view in ("responsibilities", "workload", "timeline", "accountable"):
        assert CJK.search(tables[view]["title"])
        chinese, english = tables[view]["description"].split("\n\n")
        assert CJK.search(chinese)
        assert not LATIN.search(chinese), chinese
        assert LATIN.search(english)
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{view}")')]
        assert set(tables[view].get("facets", ())) <= set(columns)
        assert list(tables[view]["columns"]) == columns
        for label in tables[view]["columns"].values():
            assert CJK.search(label)
            assert LATIN.search(label)
    assert tables["tasks"]["fts_table"] == "tasks_fts"
    assert "deadline" in tables["tasks"]["facets"]
    assert "role" in tables["task_units"]["facets"]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_the_published_chinese_uses_the_glossarys_terms(database, tmp_path):
    # Every title, label and description that Datasette and the data package show.
    metadata = json.loads(database.with_suffix(".metadata.json").read_text("utf-8"))
    export.to_datapackage(load_plan(), tmp_path / "package")
    package = json.loads((tmp_path / "package" / "datapackage.json").read_text("utf-8"))
    found = {
        (text, bad)
        for source in (metadata, package)
        for text in _strings(source)
        if CJK.search(text)
        for bad in violations(text)
    }
    assert found == set()


# -- Datasette serves it -------------------------------------------------------------------


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(base, path, **params):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - localhost
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="module")
def datasette(database):
    if importlib.util.find_spec("datasette") is None:
        pytest.skip("datasette is not installed: pip install -e '.[test]'")
    port = _free_port()
    command = [
        sys.executable,
        *("-m", "datasette", "serve", str(database)),
        *("--metadata", str(database.with_suffix(".metadata.json"))),
        *("--host", "127.0.0.1", "--port", str(port)),
    ]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(base, "/-/versions.json")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = (
                        server.stdout.read().decode("utf-8", "replace") if server.stdout else ""
                    )
                    pytest.fail(f"datasette did not start:\n{output}")
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stdout:
            server.stdout.close()


def test_datasette_serves_the_tasks(plan, datasette):
    rows = _get(datasette, "/plan/tasks.json", _shape="array", _size="max")
    assert [r["number"] for r in rows] == [t.number for t in plan.tasks]
    assert rows[17]["text"] == plan.task(18).text


def test_datasette_searches_through_the_full_text_index(plan, datasette):
    found = _get(datasette, "/plan/tasks.json", _search="豫事办", _shape="array")
    assert sorted(r["number"] for r in found) == _containing(plan, "豫事办")
    platform = "一体化政务服务平台"
    found = _get(datasette, "/plan/tasks.json", _search=platform, _shape="array", _size="max")
    assert sorted(r["number"] for r in found) == _containing(plan, platform)
    canned = _get(datasette, "/plan/search_text.json", words="数据", _shape="array", _size="max")
    assert [r["number"] for r in canned] == _containing(plan, "数据")
    canned = _get(datasette, "/plan/search_text.json", words="政务云 安全", _shape="array")
    assert [r["number"] for r in canned] == _containing_all(plan, "政务云 安全")
    canned = _get(datasette, "/plan/match_text.json", words="IPv4/IPv6", _shape="array")
    assert sorted(r["number"] for r in canned) == _containing_all(plan, "IPv4/IPv6")


def test_datasette_shows_the_metadata_and_facets(plan, datasette):
    table = _get(datasette, "/plan/tasks.json", _facet="deadline", _size="0")
    counts = {f["value"]: f["count"] for f in table["facet_results"]["deadline"]["results"]}
    assert counts["持续推进"] == sum(1 for t in plan.tasks if str(t.deadline) == "持续推进")
    metadata = _get(datasette, "/-/metadata.json")
    assert metadata["databases"]["plan"]["tables"]["tasks"]["title"] == "任务 · Tasks"


# -- the data package ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    folder = tmp_path_factory.mktemp("package") / "plan-data"
    export.to_datapackage(load_plan(), folder)
    return folder


def _read_csv(path):
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_package_files_hold_the_plan(plan, package):
    descriptor = json.loads((package / "datapackage.json").read_text("utf-8"))
    assert [r["name"] for r in descriptor["resources"]] == list(TABLES)
    assert sorted(p.name for p in package.iterdir()) == sorted(
        ["datapackage.json", *(f"{t}.csv" for t in TABLES)]
    )
    tasks = _read_csv(package / "tasks.csv")
    assert [(int(r["number"]), r["text"]) for r in tasks] == [
        (t.number, t.text) for t in plan.tasks
    ]
    assert [r["due"] for r in tasks] == [
        t.deadline.date.isoformat() if t.deadline.date else "" for t in plan.tasks
    ]
    task_units = _read_csv(package / "task_units.csv")
    luoyang = [int(r["task"]) for r in task_units if r["unit"] == "洛阳市人民政府"]
    assert luoyang == [t.number for t in plan.tasks if "各省辖市政府" in t.units_text]
    assert {r["accountable"] for r in task_units} == {"true", "false"}


def test_package_schema_has_types_keys_and_both_languages(package):
    descriptor = json.loads((package / "datapackage.json").read_text("utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    for resource in resources.values():
        assert resource["encoding"] == "utf-8"
        assert CJK.search(resource["title"])
        assert LATIN.search(resource["title"])
        schema = resource["schema"]
        assert schema["primaryKey"]
        header = next(csv.reader(io.StringIO((package / resource["path"]).read_text("utf-8"))))
        assert [f["name"] for f in schema["fields"]] == header
        for field in schema["fields"]:
            assert CJK.search(field["title"])
            assert LATIN.search(field["title"])
            assert field["description"]
    types = {f["name"]: f["type"] for f in resources["tasks"]["schema"]["fields"]}
    assert (types["number"], types["due"], types["text"]) == ("integer", "date", "string")
    refs = {
        (tuple(k["fields"]), k["reference"]["resource"])
        for k in resources["task_units"]["schema"]["foreignKeys"]
    }
    assert refs == {(("task",), "tasks"), (("unit",), "units"), (("via",), "units")}


def test_package_validates_with_frictionless(package):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["tasks"] == len(TABLES)


def test_frictionless_command_line_validates_the_package(package):
    pytest.importorskip("frictionless")
    command = [sys.executable, "-m", "frictionless", "validate", "datapackage.json"]
    result = subprocess.run(command, cwd=package, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_frictionless_catches_a_broken_key(plan, tmp_path):
    # The keys are checked, not only declared: a row naming no task fails validation.
    frictionless = pytest.importorskip("frictionless")
    export.to_datapackage(plan, tmp_path)
    mentions = tmp_path / "mentions.csv"
    text = mentions.read_text("utf-8")
    first = text.splitlines()[1]
    mentions.write_text(text.replace(first, "999" + first[first.index(",") :], 1), "utf-8")
    duplicated = (tmp_path / "units.csv").read_text("utf-8")
    (tmp_path / "units.csv").write_text(duplicated + duplicated.splitlines()[1] + "\r\n", "utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    kinds = {row[0] for row in report.flatten(["type"])}
    assert {"foreign-key", "primary-key"} <= kinds


def test_package_with_a_ledger_has_reports(plan, tmp_path):
    export.to_datapackage(plan, tmp_path, ledger=_ledger(plan))
    reports = _read_csv(tmp_path / "reports.csv")
    assert [(r["task"], r["unit"], r["status"], r["completed_on"]) for r in reports] == [
        ("50", "省审计厅", "in_progress", ""),
        ("50", "省审计厅", "done", "2023-12-20"),
        ("1", "洛阳市人民政府", "not_started", ""),
    ]
    frictionless = pytest.importorskip("frictionless")
    assert frictionless.validate(str(tmp_path / "datapackage.json")).valid
    with pytest.raises(InvalidTypeError):
        export.to_datapackage(plan, io.StringIO())


# -- the command line ----------------------------------------------------------------------


def test_export_sqlite_and_datapackage_commands(plan, tmp_path):
    db = tmp_path / "plan.db"
    out = ok("export", "sqlite", str(db))
    meta = tmp_path / "plan.metadata.json"
    assert out.splitlines()[0] == f"wrote {db} (sqlite)"
    assert f"datasette {db} --metadata {meta}" in out
    assert json.loads(meta.read_text("utf-8"))["databases"]["plan"]["tables"]["tasks"]
    with contextlib.closing(sqlite3.connect(db)) as connection:
        found = connection.execute("SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH '豫事办'")
        assert [r[0] for r in found] == _containing(plan, "豫事办")
    ledger_file = tmp_path / "ledger.json"
    ledger_file.write_text(tracking.dumps(_ledger(plan)), "utf-8")
    ok("export", "datapackage", str(tmp_path / "pkg"), "--ledger", str(ledger_file))
    assert len(_read_csv(tmp_path / "pkg" / "reports.csv")) == 3
    zh = ok("--lang", "zh", "export", "sqlite", str(tmp_path / "zh.db"))
    assert "Datasette 元数据" in zh


@pytest.mark.parametrize(
    ("args", "said", "status"),
    [
        # A command that cannot mean anything is a usage error (2); a well-formed
        # command refused for a file it names is a refusal (1), as track's are.
        (["export", "sqlite", "-"], "cannot go to standard output", 2),
        (["export", "datapackage", "-"], "cannot go to standard output", 2),
        (["export", "csv", "x.csv", "--ledger", "l.json"], "--ledger goes with", 2),
        (["export", "sqlite", "x.db", "--ledger", "nowhere.json"], "cannot read the ledger", 1),
    ],
)
def test_export_refuses_what_it_cannot_do(args, said, status, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = call(*args)
    assert result.returncode == status
    assert said in result.stderr
    assert list(Path(tmp_path).iterdir()) == []


def test_importing_the_exports_loads_no_sqlite():
    # Under coverage (which keeps its data in SQLite) the child has sqlite3 anyway.
    code = (
        "import sys, dg_plan, dg_plan.export, dg_plan._cli; dg_plan.load_plan(); "
        "names = ('dg_plan._sqlite', 'dg_plan._datapackage', 'dg_plan._tables') "
        "+ (() if 'coverage' in sys.modules else ('sqlite3',)); "
        "print(sorted(m for m in sys.modules if m.startswith(names)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
