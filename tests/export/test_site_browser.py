"""The static site in a real browser: headless Chromium, driven by selenium, from file://.

The browser and its driver are Debian's (``chromium``, ``chromium-driver``; .ci/run
installs them); without them, or without selenium, these tests skip and say why.
One browser serves the whole module. Expected results come from scanning the plan's
task texts here, not from the site's script.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata

import pytest

from dg_plan import site

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

# Headless, with nothing fetched behind the pages' back (updates, sync, field trials),
# and no host name resolving: a page that reached for the network would fail loudly.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # containers give /dev/shm 64 MB, too little for Chromium
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1100,900",
)


def _programs():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        missing = " and ".join(
            name
            for name, found in (("chromium", chromium), ("chromedriver", driver))
            if found is None
        )
        pytest.skip(f"{missing} not found (Debian: apt-get install chromium chromium-driver)")
    return chromium, driver


@pytest.fixture(scope="module")
def folder(plan, tmp_path_factory):
    return site.build(plan, tmp_path_factory.mktemp("site")).folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium, driver_path = _programs()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    # The console ("browser") and the DevTools network events ("performance").
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _open(browser, path, query=""):
    browser.get(path.as_uri() + query)
    assert browser.execute_script("return location.protocol") == "file:"


def _results(browser):
    """The task numbers the search lists, in order, once its status line has spoken."""
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "search-status").text.strip())
    links = browser.find_elements(By.CSS_SELECTOR, "#results li > a")
    return [int(re.search(r"tasks/(\d+)\.html$", a.get_attribute("href")).group(1)) for a in links]


def _scan(plan, *terms):
    """The tasks whose text (NFKC, case folded) contains every term, most matches first."""

    def folded(text):
        return unicodedata.normalize("NFKC", text).casefold()

    hits = []
    for task in plan.tasks:
        text = folded(task.text)
        counts = [text.count(folded(t)) for t in terms]
        if all(counts):
            hits.append((-sum(counts), task.number))
    return [number for _matches, number in sorted(hits)]


def _severe(browser):
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


# -- search ----------------------------------------------------------------------------------


def test_typing_a_word_lists_exactly_the_tasks_that_contain_it(plan, folder, browser):
    _open(browser, folder / "zh" / "search.html")
    box = browser.find_element(By.ID, "q")
    box.send_keys("豫事办")
    found = _results(browser)
    expected = [t.number for t in plan.tasks if "豫事办" in t.text]
    assert sorted(found) == expected
    assert found == _scan(plan, "豫事办")
    status = browser.find_element(By.ID, "search-status").text
    assert status == f"共找到{len(expected)}项任务"
    # Each hit shows the task's text.
    texts = [p.text for p in browser.find_elements(By.CSS_SELECTOR, "#results li > p")]
    assert texts == [plan.task(n).text for n in found]


def test_the_query_in_the_address_is_searched_case_and_width_ignored(plan, folder, browser):
    # The docs: "ipv6" finds tasks 109 and 110, whose texts say IPv6.
    _open(browser, folder / "en" / "search.html", "?q=ipv6")
    assert sorted(_results(browser)) == [109, 110]
    assert browser.find_element(By.ID, "q").get_attribute("value") == "ipv6"
    _open(browser, folder / "en" / "search.html")
    browser.find_element(By.ID, "q").send_keys("ＩＰＶ６")  # full-width capitals
    assert sorted(_results(browser)) == [109, 110]


def test_every_term_must_match(plan, folder, browser):
    _open(browser, folder / "zh" / "search.html")
    browser.find_element(By.ID, "q").send_keys("数据 共享")
    found = _results(browser)
    assert found == _scan(plan, "数据", "共享")
    assert found
    assert all("数据" in plan.task(n).text and "共享" in plan.task(n).text for n in found)
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys("没有这样的词语")
    assert _results(browser) == []
    assert browser.find_element(By.ID, "search-status").text == "没有任务包含全部检索词。"


def test_the_search_box_of_any_page_leads_to_the_search(plan, folder, browser):
    _open(browser, folder / "zh" / "tasks" / "18.html")
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("区块链", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "search.html" in d.current_url)
    assert browser.current_url.startswith((folder / "zh" / "search.html").as_uri())
    assert _results(browser) == _scan(plan, "区块链")


# -- links, errors, offline ------------------------------------------------------------------


SAMPLE = (
    "index.html",
    "zh/index.html",
    "en/index.html",
    "zh/tasks/18.html",
    "en/units/index.html",
    "zh/deadlines/2024-06-30.html",
    "en/sections/3.4.html",
)


def test_links_resolve_in_the_browser(folder, browser):
    for page in ("zh/index.html", "en/tasks/18.html"):
        _open(browser, folder / page)
        hrefs = browser.execute_script(
            "return Array.from(document.querySelectorAll('a[href]'), a => a.href)"
        )
        assert hrefs
        for href in dict.fromkeys(h.split("#")[0] for h in hrefs):
            browser.get(href)
            # Every page of the site has its <main id="main"> and one <h1>; a missing
            # file shows the browser's error page, which has neither.
            assert browser.find_elements(By.CSS_SELECTOR, "main#main h1"), (page, href)
            assert browser.execute_script("return document.documentElement.lang"), href


def test_no_page_logs_a_javascript_error(folder, browser):
    # First, that an error would be seen: a page that throws logs a SEVERE entry.
    browser.get("data:text/html,<script>throw new Error('seen')</script>")
    assert any("seen" in e["message"] for e in _severe(browser))
    for page in (*SAMPLE, "zh/search.html", "en/search.html"):
        _open(browser, folder / page, "?q=数据" if page.endswith("search.html") else "")
        assert _severe(browser) == [], page


def _requests(browser):
    """The URLs the browser asked for since the last call (DevTools' network events)."""
    events = (json.loads(e["message"])["message"] for e in browser.get_log("performance"))
    urls = (
        e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"
    )
    # chrome:// is the browser's own interface (a new-tab page some builds load
    # late): no page can fetch it, so it says nothing of what a page asked for.
    return [url for url in urls if not url.startswith("chrome://")]


def test_the_pages_fetch_only_their_own_files(folder, browser):
    _requests(browser)  # what the browser did before (its own start-up pages)
    for page in (*SAMPLE, "zh/search.html"):
        _open(browser, folder / page)
        asked = _requests(browser)
        assert (folder / page).as_uri() in asked
        # A data: URL fetches nothing (the browser itself may log a 1x1 image of its own).
        fetched = [url for url in asked if not url.startswith("data:")]
        assert all(url.startswith(folder.as_uri() + "/") for url in fetched), (page, asked)
        if page.endswith("search.html"):
            assert (folder / "zh" / "search-index.js").as_uri() in asked
            assert (folder / "assets" / "search.js").as_uri() in asked
        else:
            assert (folder / "assets" / "site.css").as_uri() in asked
