"""The embedder's example: it answers as the docs say, and mypy --strict checks its types."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "embed_endpoint.py"


def _example():
    spec = importlib.util.spec_from_file_location("embed_endpoint", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_endpoint_answers(plan):
    respond = _example().respond
    status, body = respond("/tasks/18")
    assert status is HTTPStatus.OK
    form = json.loads(body)
    assert (form["number"], form["section"], form["leads"]) == (
        18,
        "1.1",
        ["省行政审批政务信息管理局"],
    )
    # A city through 各省辖市政府 (the case that answered 404).
    status, body = respond("/tasks/11/units/%E6%B4%9B%E9%98%B3%E5%B8%82")  # 洛阳市
    assert status is HTTPStatus.OK
    assert json.loads(body) == {
        "task": 11,
        "unit": "洛阳市人民政府",
        "role": "responsible",
        "via": "各省辖市政府",
    }
    status, body = respond("/units/洛阳市/tasks")
    assert [r["number"] for r in json.loads(body)] == [t.number for t in plan.tasks_for("洛阳市")]
    assert respond("/tasks/999")[0] is HTTPStatus.NOT_FOUND
    assert respond("/tasks/18/units/省发展改革委")[0] is HTTPStatus.NOT_FOUND
    assert respond("/tasks/abc")[0] is HTTPStatus.BAD_REQUEST


def test_the_endpoint_routes_on_the_path_and_answers_errors_in_chinese(plan):
    respond = _example().respond
    # The query string is not part of the route.
    status, body = respond("/tasks/18?x=1")
    assert status is HTTPStatus.OK
    assert json.loads(body)["text"] == plan.task(18).text
    status, body = respond("/units/%E6%B4%9B%E9%98%B3%E5%B8%82/tasks?page=2&x=%2F")
    assert [r["number"] for r in json.loads(body)] == [t.number for t in plan.tasks_for("洛阳市")]
    # An error body names the unit as it is, not as \uXXXX escapes.
    status, body = respond("/tasks/18/units/省发展改革委")
    assert status is HTTPStatus.NOT_FOUND
    assert "省发展改革委" in body.decode("utf-8")
    assert "\\u" not in body.decode("utf-8")
    assert "has no part" in json.loads(body)["error"]
    for wrong in ("/tasks/abc", "/tasks/１８", "/tasks/-1", "/tasks/18.0/units/洛阳市"):
        status, body = respond(wrong)
        assert status is HTTPStatus.BAD_REQUEST, wrong
        assert "whole number" in json.loads(body)["error"]
    assert respond("/tasks/0")[0] is HTTPStatus.NOT_FOUND
    status, body = respond("/nowhere?tasks/18")
    assert status is HTTPStatus.NOT_FOUND
    assert json.loads(body) == {"error": "no such route"}


def test_the_endpoint_catches_dg_plans_errors_by_their_classes():
    # No bare ValueError (a bug in a route would answer 400 and hide itself).
    source = EXAMPLE.read_text(encoding="utf-8")
    assert "except ValueError" not in source
    assert "ensure_ascii=False" in source
    assert "json.dumps(" in source
    assert source.count("json.dumps(") == 1  # one writer for every body, errors too


def test_mypy_strict_checks_the_example_and_catches_a_wrong_key(tmp_path):
    if shutil.which("mypy", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("mypy is in the lint extra")
    good = tmp_path / "good.py"
    good.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    # The same example with a key TaskJSON does not have: the types must catch it.
    bad = tmp_path / "bad.py"
    text = EXAMPLE.read_text(encoding="utf-8")
    wrong = text.replace("    return form\n", '    print(form["lead"])\n    return form\n', 1)
    assert wrong != text
    bad.write_text(wrong, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", good.name, bad.name]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors, result.stdout
    assert all(line.startswith("bad.py:") for line in errors), errors
    assert any('"lead"' in line for line in errors), errors
