"""Every docs catalog passes ``msgfmt -c`` (issue 23, zh16c).

``pybabel update`` flags a docs message holding ``{name}`` as python-brace-format; the
Chinese page shows the command line's message as printed (第1项任务 for ``task {number}``),
so ``msgfmt -c`` refused importing.po. tools/docs_catalog_flags.py takes the flag off those
messages (docs/conf.py runs it after ``pybabel update``).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess

import pytest

from helpers import ROOT

CATALOGS = sorted((ROOT / "docs" / "locale" / "zh_CN" / "LC_MESSAGES").glob("*.po"))
_spec = importlib.util.spec_from_file_location(
    "docs_catalog_flags", ROOT / "tools" / "docs_catalog_flags.py"
)
assert _spec is not None
assert _spec.loader is not None
flags = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(flags)

PROSE = '''#: ../../importing.md:1
#, python-brace-format
msgid "`task {number}: no deadline read`"
msgstr "`第1项任务：未能识别完成时限`"'''
KEPT = '''#, python-brace-format
msgid "{count} tasks"
msgstr "{count}项任务"'''


def test_the_fix_takes_the_flag_off_prose_only():
    assert "python-brace-format" not in flags._fixed(PROSE)
    assert flags._fixed(PROSE).startswith("#: ../../importing.md:1\nmsgid")
    assert flags._fixed(KEPT) == KEPT


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_no_docs_catalog_needs_the_fix(path):
    assert flags.fix(path) == path.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_msgfmt_check_passes(path):
    msgfmt = shutil.which("msgfmt")
    assert msgfmt is not None
    said = subprocess.run(
        [msgfmt, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=False
    )
    assert said.returncode == 0, said.stderr
