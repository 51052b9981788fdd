"""A headless Chromium for the browser tests: Debian's chromium and chromium-driver (which
.ci/run installs), driven by Selenium, with a fresh profile and no network use of its own.

Without them the browser tests skip, saying why, unless Q7X2_REQUIRE_BROWSER is set
(.ci/run sets it): then they fail.
"""
import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("Q7X2_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("Q7X2_CHROMEDRIVER", "/usr/bin/chromedriver")
DOCS = Path(__file__).resolve().parent.parent / "docs"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,1100"]


def start_chromium():
    """A Selenium driver of a fresh headless Chromium (the caller quits it)."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.path.exists(p)]
    if missing:
        reason = f"no browser for the browser tests: {', '.join(missing)} missing (apt-get install chromium chromium-driver)"
        if os.environ.get("Q7X2_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="q7x2-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.q7x2_profile = profile
    return driver


def quit_chromium(driver) -> None:
    driver.quit()
    shutil.rmtree(driver.q7x2_profile, ignore_errors=True)


def screenshot(driver, name: str) -> Path:
    """Save what the browser shows as docs/NAME (the README shows it)."""
    DOCS.mkdir(exist_ok=True)
    path = DOCS / name
    driver.save_screenshot(str(path))
    return path
