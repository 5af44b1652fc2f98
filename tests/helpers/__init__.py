"""What several test files share: running dg-plan, typing into workbooks, reading the source.

pytest imports the test files with ``--import-mode=importlib`` (pyproject.toml), so a test
file cannot import another; what two of them need lives here, importable because
``pythonpath`` puts ``tests/`` on ``sys.path``. Fixtures live in the ``conftest.py`` files.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
