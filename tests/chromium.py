"""Debian's headless Chromium driven by Selenium, offline (no driver download, no background traffic).

Used by the browser tests and by ``docs/reader_view_screenshots.py``.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
    "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
)


def available() -> bool:
    return CHROMIUM.exists() and CHROMEDRIVER.exists()


@contextmanager
def session(width: int = 1200, height: int = 900, mobile: bool = False) -> Iterator:
    """A Chrome session with performance (network) logging and a fresh profile, both gone afterwards.

    The profile lives in a temporary folder removed when the session ends, so
    test runs leave nothing behind in /tmp.
    """
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not fetch a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="bitext-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument(f"--window-size={width},{height}")
        if mobile:
            options.add_experimental_option("mobileEmulation", {
                "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2, "touch": True}})
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def requested_urls(driver, document: str | None = None) -> list[str]:
    """URLs requested since the last call (DevTools network log), by ``document`` if given.

    Chromium logs a request even when the Content-Security-Policy then
    blocks it, so an attempt counts too.  The filter keeps out the browser's
    own new-tab page, which may still be loading when a test starts.
    """
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            params = message["params"]
            if document is None or params.get("documentURL") == document:
                urls.append(params["request"]["url"])
    return urls
