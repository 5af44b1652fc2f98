"""Build hook: compile the gettext catalogs (``.po``) into ``.mo`` files with Babel.

The ``.po`` files under ``src/dg_plan/locale`` are the sources, kept in git; the
``.mo`` files are built from them on every build (wheel or editable install), so a
compiled catalog can never be older than its source. Babel is the hook's own build
dependency (``[tool.hatch.build.hooks.custom]`` in pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalogs(root: Path) -> list[Path]:
    """Compile every ``.po`` under *root* to the ``.mo`` beside it; return the ``.mo`` paths."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(root.glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name, domain=po.stem)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        written.append(mo)
    return written


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile the catalogs before each build and ship the ``.mo`` files."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for mo in compile_catalogs(root / "src" / "dg_plan" / "locale"):
            # The .mo files are ignored by git, so they must be named as artifacts.
            build_data["artifacts"].append(mo.relative_to(root).as_posix())
