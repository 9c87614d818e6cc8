"""The admin in a real browser: headless Chromium driven by Selenium (not in the default run).

`.ci/browser` (called by `.ci/run`) installs Debian's ``chromium`` and ``chromium-driver``
when they are missing and runs ``BROWSER_TESTS=1 pytest -m browser tests/browser``. The
browser and its driver are the system's (``/usr/bin/chromium``, ``/usr/bin/chromedriver``,
or ``CHROMIUM`` / ``CHROMEDRIVER``); Selenium Manager runs offline and downloads nothing.
Screenshots go to ``artifacts/screenshots/`` (git-ignored), at 1280 and 1920 px wide.
"""

import os
import shutil
from pathlib import Path

import pytest

ENABLED = os.environ.get("BROWSER_TESTS") == "1"
if not ENABLED:
    collect_ignore_glob = ["test_*.py"]

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = (
    os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
)
SCREENSHOTS = Path(
    os.environ.get("SCREENSHOT_DIR", Path(__file__).resolve().parents[2] / "artifacts/screenshots")
)
WIDTHS = (1280, 1920)
PASSWORD = "browser-test-password"


@pytest.fixture(scope="session")
def browser():
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager: never a download
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            pytest.fail(f"{path} is missing: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={WIDTHS[0]},900",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


@pytest.fixture
def screenshot(browser):
    """``screenshot(name)``: the whole page at each width, as ``<name>-<width>.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name, widths=WIDTHS):
        paths = []
        for width in widths:
            browser.set_window_size(width, 900)
            height = browser.execute_script("return document.documentElement.scrollHeight")
            browser.set_window_size(width, min(max(height, 900), 6000))
            path = SCREENSHOTS / f"{name}-{width}.png"
            browser.save_screenshot(str(path))
            paths.append(path)
        browser.set_window_size(WIDTHS[0], 900)
        return paths

    return take
