"""Take Babel's python-brace-format flag off docs messages whose braces are prose.

Usage::

    python tools/docs_catalog_flags.py          # fix docs/locale/zh_CN/LC_MESSAGES/*.po
    python tools/docs_catalog_flags.py --check  # exit 1 if a catalog needs it

``pybabel update`` flags every message holding ``{name}`` as python-brace-format
(Babel 2.16 and later). A docs page is never formatted: its braces quote a message of
the command line (``task {number}: …``), which the Chinese page shows as printed
(``第1项任务：…``). ``msgfmt -c`` then finds a placeholder of the msgid missing from the
msgstr and refuses the catalog. Run this after ``pybabel update`` (docs/conf.py): the
flag is taken off exactly those messages, so ``msgfmt -c`` passes; a message whose
Chinese keeps every placeholder keeps its flag.
"""

from __future__ import annotations

import argparse
import ast
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES"
FLAG = "python-brace-format"
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def _text(lines: list[str], keyword: str) -> str:
    """The string of *keyword* (msgid, msgstr) in an entry's *lines*, unquoted."""
    said, inside = [], False
    for line in lines:
        if line.startswith(keyword + " "):
            inside = True
        elif not line.startswith('"'):
            inside = False
        if inside:
            said += [ast.literal_eval(q) for q in _QUOTED.findall(line.removeprefix(keyword))]
    return "".join(said)


def _fields(text: str) -> set[str] | None:
    """The named fields of *text* as str.format reads it (None: not a format string)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def _fixed(entry: str) -> str:
    """*entry* without the flag where its msgstr does not keep the msgid's fields."""
    lines = entry.split("\n")
    flags = next((i for i, line in enumerate(lines) if line.startswith("#, ")), None)
    if flags is None or FLAG not in lines[flags]:
        return entry
    msgid, msgstr = _text(lines, "msgid"), _text(lines, "msgstr")
    if not msgstr or _fields(msgid) == _fields(msgstr):
        return entry
    kept = [f for f in lines[flags][3:].split(", ") if f != FLAG]
    if kept:
        lines[flags] = "#, " + ", ".join(kept)
    else:
        del lines[flags]
    return "\n".join(lines)


def fix(path: Path) -> str:
    """The text of catalog *path* with the wrong flags taken off."""
    return "\n\n".join(_fixed(entry) for entry in path.read_text(encoding="utf-8").split("\n\n"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if needed")
    args = parser.parse_args(argv)
    stale = []
    for path in sorted(CATALOGS.glob("*.po")):
        text = fix(path)
        if text != path.read_text(encoding="utf-8"):
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'needs fixing' if args.check else 'fixed'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
