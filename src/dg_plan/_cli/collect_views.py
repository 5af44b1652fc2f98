"""What ``track collect`` says when it has written a ledger: its counts, each a sentence.

Registered with :mod:`.render`'s ``text`` there (``text_ledger_written``); the lines
under the counts (the files set aside, the units still to return) are
:mod:`.track_views`'.
"""

from __future__ import annotations

from dg_plan._display import day_text
from dg_plan._i18n import gettext as _
from dg_plan._i18n import ngettext

from . import track_views
from .results import LedgerWritten

__all__ = ["ledger_written_said"]


def ledger_written_said(result: LedgerWritten) -> str:
    """The collect summary: the files read in, set aside and skipped, then the round."""
    # With --into, this round's reports (from this round's files) and the ledger's
    # total are said apart; without, the ledger is this round's.
    this_round = result.reports if result.added is None else result.added
    reports = ngettext("{count} report", "{count} reports", this_round)
    # The files given are those read into the ledger, those set aside and the
    # byte-identical copies skipped: each said apart, so that they add up.
    set_aside = len(result.round.set_aside)
    copies = sum(note.kind in ("duplicate_file", "file_in_ledger") for note in result.notes)
    read = result.files - set_aside - copies
    files = ngettext("{count} file", "{count} files", read)
    said = (
        _("Wrote {path}: {reports} from {files} read into the ledger.")
        if result.added is None
        else _("Wrote {path}: {reports} from this round's {files} read into the ledger.")
    )
    if result.earlier is not None:
        # A late correction of an earlier round: not this round's files; its day said.
        said = _(
            "Wrote {path}: {reports} from {files} for {date}, an earlier round than the "
            "ledger's latest, read into the ledger."
        )
    head = said.format(
        path=result.path,
        reports=reports.format(count=this_round),
        files=files.format(count=read),
        date="" if result.earlier is None else day_text(result.earlier),
    )
    if read == 0:  # no "0 reports from 0 files": said in words
        head = (
            _("Wrote {path}: no file read into the ledger.")
            if result.added is None
            else _("Wrote {path}: no file of this round read into the ledger.")
        ).format(path=result.path)
        if result.added is not None and set_aside:
            # Added to, nothing read in: what the ledger gained is the record of the
            # files set aside (and the notices' 文号), not "written" bare (final13).
            head = (
                _(
                    "No file of this round read into the ledger; {path} now records the "
                    "files set aside and the notices sent back with them."
                )
                if result.round.notices
                else _(
                    "No file of this round read into the ledger; {path} now records the "
                    "files set aside, to be sent back for correction."
                )
            ).format(path=result.path)
    if result.unchanged:  # nothing new: not "wrote", the file was left as it was
        head = _("No new file read into the ledger this round: {path} is unchanged.").format(
            path=result.path
        )
    # Each count is a sentence of its own, on its own line: how many files went into
    # the ledger, then how many were set aside and why, the copies, the ledger's total.
    counts = [head]
    if set_aside:
        counts += track_views.set_aside_counts(result.round.set_aside)
    if copies:
        counts.append(
            ngettext(
                "{count} duplicate file skipped.", "{count} duplicate files skipped.", copies
            ).format(count=copies)
        )
    if result.added is not None:
        total = ngettext("{count} report", "{count} reports", result.reports)
        counts.append(
            _("The ledger now holds {total}.").format(total=total.format(count=result.reports))
        )
    # Each line is a whole sentence of the catalog, capital and full stop included.
    found = track_views.round_lines(result.round, result.files, counted=bool(set_aside))
    return "\n".join([*counts, *found])
