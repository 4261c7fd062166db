"""Make docs/reader-view.png and docs/reader-view-phone.png from the seed article.

The page is the one the browser tests use (``tests/reading_page.py``: glossary
names, hand-written English for the first paragraphs).  Needs
/usr/bin/chromium and /usr/bin/chromedriver; run from the repository root:

    python docs/reader_view_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import chromium  # noqa: E402
from reading_page import seed_page  # noqa: E402


def shoot(page: Path, out: Path, width: int, height: int, mobile: bool, hover: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    with chromium.session(width, height, mobile=mobile) as driver:
        if not mobile:  # the window size includes the browser's frame: set the page's viewport itself
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        driver.get(page.as_uri())
        word = driver.find_element("css selector", hover)
        driver.execute_script("arguments[0].click()", word)  # a tap: popup and aligned highlight
        WebDriverWait(driver, 10).until(lambda d: d.find_element("css selector", "#popup").is_displayed())
        driver.execute_script("document.fonts.ready.then(() => 0)")  # CJK fonts in place before the picture
        driver.save_screenshot(str(out))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "seed.html"
        page.write_bytes(seed_page())
        shoot(page, ROOT / "docs" / "reader-view.png", 1200, 800, False, '#p2 .w[data-k="演讲"]')
        shoot(page, ROOT / "docs" / "reader-view-phone.png", 390, 844, True, '#p1 .name[data-ref="putin"] .w')


if __name__ == "__main__":
    main()
