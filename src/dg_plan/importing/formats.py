"""The files the importer reads, by suffix; the formats it names, not read; a file not opened.

The command line reads these at start-up (to say which files ``import`` takes), so they
live apart from the findings, whose messages load only when a list is read.

Part of :mod:`dg_plan.importing`, not public: what the package's modules share has a
plain name, and may change; the public names are :mod:`dg_plan.importing`'s.
"""

from __future__ import annotations


def _(message: str) -> str:
    """Mark *message* for extraction; it is translated when a finding is rendered."""
    return message


# The suffixes dg_plan.importing.read reads: workbooks and documents, and text.
ZIP_SUFFIXES = frozenset({".xlsx", ".docx"})
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".md", ".markdown"})

# The formats FORMAT_NOT_READ names, as its ``format`` value (translated when rendered).
FORMATS = {
    ".doc": _("a Word 97–2003 document"),
    ".wps": _("a WPS document"),
}

# What a Chinese message says in place of a reader's own English words (``error``) on a
# file it cannot open (NOT_A_WORKBOOK, NOT_A_DOCUMENT): its ``error_zh``. English
# keeps the reader's words, which say more; Chinese says the cause in words.
UNREADABLE_CAUSES = {
    ".xlsx": _("the file is damaged, or not in the xlsx format"),
    ".docx": _("the file is damaged, or not in the docx format"),
}
UNOPENED_CAUSE = _("the file cannot be opened")
