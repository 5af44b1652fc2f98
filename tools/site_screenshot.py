"""Screenshots of the static site for the docs: its Chinese home page and a task's page.

Builds the shipped plan's site (dg_plan.site.build) into a temporary folder, opens it
from file:// in headless Chromium through selenium and Debian's chromedriver (the
same browser the tests use), and writes docs/_static/site-home.png and
docs/_static/site-task.png. Run it after the site's look changes, and commit the PNGs:

    python tools/site_screenshot.py            # needs selenium, chromium, chromium-driver
    python tools/site_screenshot.py --task 50 --out docs/_static
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import dg_plan
from dg_plan import site

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Headless, and nothing fetched behind the page's back (updates, sync, field trials).
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
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def browser(profile: Path, width: int, height: int) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", type=int, default=18, help="the task whose page to show")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "_static")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "site"
        site.build(dg_plan.load_plan(), folder)
        driver = browser(Path(scratch) / "profile", args.width, args.height)
        try:
            shots = {
                "site-home.png": folder / "zh" / "index.html",
                "site-task.png": folder / "zh" / "tasks" / f"{args.task}.html",
            }
            for name, page in shots.items():
                driver.get(page.as_uri())
                target = args.out / name
                target.write_bytes(driver.get_screenshot_as_png())
                print(f"wrote {target}")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
