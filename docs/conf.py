"""Sphinx configuration for the dg_plan documentation.

Build it, fully offline, with warnings as errors::

    python -m sphinx -n -W --keep-going -b html docs docs/_build/html
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

import dg_plan  # noqa: E402

project = "dg_plan"
author = "The dg_plan developers"
copyright = "the dg_plan developers; the plan itself is an official document of 河南省人民政府"
release = dg_plan.__version__
version = ".".join(release.split(".")[:2])
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "dg_plan_docs",  # docs/_ext: generated tables, API page, reference resolution
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "_ext", ".gitignore"]
# No intersphinx: the build must not touch the network. dg_plan_docs links
# standard-library names to docs.python.org without fetching an inventory.

# -- MyST ------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon -----------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
python_use_unqualified_type_names = True
python_maximum_signature_line_length = 88
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- HTML ------------------------------------------------------------------------
html_theme = "furo"
html_title = f"dg_plan {release}"
html_static_path = ["_static"]
html_css_files = ["dg_plan.css"]
html_show_sourcelink = False
html_last_updated_fmt = None
