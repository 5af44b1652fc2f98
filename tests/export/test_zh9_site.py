"""The site's task page names 出处 once (issue 23, reader 10 fault 19).

The glossary's 出处 is the line saying where a task was read (show's 出处：原文第47页);
the section around it (the line, the cells shared, the notes, the other readings) is
headed by another word, so that 出处 is not printed as a heading and again as its label.
"""

from __future__ import annotations

import dg_plan
from dg_plan import site
from helpers.site_pages import read_page


def test_a_task_page_prints_chuchu_once(tmp_path):
    built = site.build(dg_plan.load_plan(), tmp_path / "site")
    for number in (18, 101):
        page = read_page(built.folder / f"zh/tasks/{number}.html")
        headings = [text for _level, text in page.headings]
        labels = [term for dl in page.fields for term, _text, _hrefs in dl]
        assert labels.count("出处") == 1, labels
        assert "出处" not in headings, headings
        assert "原文依据" in headings
    english = read_page(built.folder / "en/tasks/18.html")
    assert "Provenance" in [text for _level, text in english.headings]
