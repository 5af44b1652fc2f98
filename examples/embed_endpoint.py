"""A tiny JSON endpoint over dg_plan, typed end to end: ``mypy --strict`` checks it.

``respond(path)`` answers three routes with the JSON forms of :func:`dg_plan.jsonable`:

* ``/tasks/18``: the task (a ``dg_plan.TaskJSON``);
* ``/tasks/11/units/洛阳市``: the role the task gives a unit, and through which
  collective (a ``dg_plan.TaskRoleJSON``);
* ``/units/洛阳市/tasks``: the unit's tasks, each with its role (``dg_plan.ResponsibilityJSON``).

Run ``python examples/embed_endpoint.py`` to serve them on http://127.0.0.1:8000 with
the standard library's server; a real service would call ``respond`` from its own.
"""

# ruff: noqa: INP001 - an example script, not a package
from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import unquote

import dg_plan
from dg_plan import ResponsibilityJSON, TaskJSON, TaskRoleJSON

PLAN = dg_plan.load_plan()

Body = TaskJSON | TaskRoleJSON | list[ResponsibilityJSON] | dict[str, str]


def task(number: str) -> TaskJSON:
    """The task numbered *number*, placed in its section."""
    form = dg_plan.jsonable(PLAN.task(int(number)), plan=PLAN)
    # A TaskJSON: the type checker knows its keys (form["lead"] would be an error).
    return form


def role(number: str, unit: str) -> TaskRoleJSON:
    """The role task *number* gives *unit* (a city holds its collective's)."""
    return dg_plan.jsonable(PLAN.task(int(number)).involvement(unit))


def tasks_of(unit: str) -> list[ResponsibilityJSON]:
    """Every task *unit* answers for, its collectives' included."""
    return dg_plan.jsonable(PLAN.responsibilities(unit), plan=PLAN)


def respond(path: str) -> tuple[HTTPStatus, bytes]:
    """The status and the JSON body for a request of *path*."""
    parts = [unquote(p) for p in path.strip("/").split("/")]
    body: Body
    try:
        match parts:
            case ["tasks", number]:
                body = task(number)
            case ["tasks", number, "units", unit]:
                body = role(number, unit)
            case ["units", unit, "tasks"]:
                body = tasks_of(unit)
            case _:
                return HTTPStatus.NOT_FOUND, b'{"error": "no such route"}'
    except (dg_plan.UnknownTaskError, dg_plan.UnknownNameError) as error:
        return HTTPStatus.NOT_FOUND, json.dumps({"error": str(error)}).encode()
    except ValueError:  # /tasks/abc
        return HTTPStatus.BAD_REQUEST, b'{"error": "a task number is a whole number"}'
    return HTTPStatus.OK, json.dumps(body, ensure_ascii=False).encode()


class Handler(BaseHTTPRequestHandler):
    """The standard library's server, answering with :func:`respond`."""

    def do_GET(self) -> None:
        """Answer a GET request."""
        status, body = respond(self.path)
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), Handler).serve_forever()
