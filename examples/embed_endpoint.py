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
from urllib.parse import unquote, urlsplit

import dg_plan
from dg_plan import ResponsibilityJSON, TaskJSON, TaskRoleJSON

PLAN = dg_plan.load_plan()

Body = TaskJSON | TaskRoleJSON | list[ResponsibilityJSON] | dict[str, str]


class BadRequestError(Exception):
    """A request this endpoint cannot answer as asked (a task number that is not one)."""


def _number(text: str) -> int:
    """*text* as a task number; ``BadRequestError`` unless it is written in digits."""
    if not (text.isascii() and text.isdigit()):
        raise BadRequestError("a task number is a whole number, such as 18")
    return int(text)


def task(number: str) -> TaskJSON:
    """The task numbered *number*, placed in its section."""
    form = dg_plan.jsonable(PLAN.task(_number(number)), plan=PLAN)
    # A TaskJSON: the type checker knows its keys (form["lead"] would be an error).
    return form


def role(number: str, unit: str) -> TaskRoleJSON:
    """The role task *number* gives *unit* (a city holds its collective's)."""
    return dg_plan.jsonable(PLAN.task(_number(number)).involvement(unit))


def tasks_of(unit: str) -> list[ResponsibilityJSON]:
    """Every task *unit* answers for, its collectives' included."""
    return dg_plan.jsonable(PLAN.responsibilities(unit), plan=PLAN)


def _json(status: HTTPStatus, body: Body) -> tuple[HTTPStatus, bytes]:
    """*status* and *body* as UTF-8 JSON, Chinese as it is."""
    return status, json.dumps(body, ensure_ascii=False).encode()


def respond(path: str) -> tuple[HTTPStatus, bytes]:
    """The status and the JSON body for a request of *path* (its query string ignored)."""
    route = urlsplit(path).path  # /tasks/18?x=1 is /tasks/18
    parts = [unquote(p) for p in route.strip("/").split("/")]
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
                return _json(HTTPStatus.NOT_FOUND, {"error": "no such route"})
    # dg_plan's own errors, by their classes: no such task, unit or platform (a unit
    # with no part in the task, UnitNotInvolvedError, included) ...
    except (dg_plan.UnknownTaskError, dg_plan.UnknownNameError) as error:
        return _json(HTTPStatus.NOT_FOUND, {"error": str(error)})
    # ... and a query dg_plan refuses; a task number that is not one is ours.
    except (dg_plan.InvalidQueryError, BadRequestError) as error:
        return _json(HTTPStatus.BAD_REQUEST, {"error": str(error)})
    return _json(HTTPStatus.OK, body)


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
