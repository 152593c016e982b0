"""The report in a real browser: headless Chromium shows the run's numbers, filters lines, logs no error.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` package (the test extra);
skipped without them, unless ``NEWSCLEAN_BROWSER_TEST=required`` (CI sets it), where it fails.
The screenshot is kept in ``tests/artifacts/report.png``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean.cli import main
from test_report import HOSTILE, run_batch, summary_counts

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install -e '.[test]')"
    if not CHROMIUM or not DRIVER:
        return "no headless browser: apt-get install chromium chromium-driver"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _missing()
    if missing:
        if os.environ.get("NEWSCLEAN_BROWSER_TEST") == "required":
            pytest.fail(f"the browser test is required here, but {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,1600")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(DRIVER)))
    yield driver
    driver.quit()


def number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_report_in_chromium(browser: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    report = tmp_path / "report.html"
    out, stderr = run_batch(tmp_path, capsys, "--placements", "--report", str(report), "--sample", "100")
    records, errors, reasons = summary_counts(stderr)
    browser.get(report.as_uri())

    def total(key: str) -> int:
        return number(browser.find_element(By.CSS_SELECTOR, f'[data-total="{key}"] b').text)

    assert (total("records"), total("errors"), total("lines removed")) == (records, errors, sum(reasons.values()))
    shown = {
        row.get_attribute("data-reason"): number(row.find_element(By.CSS_SELECTOR, ".lines").text)
        for row in browser.find_elements(By.CSS_SELECTOR, "tr[data-reason]")
    }
    assert shown == reasons

    def visible_lines() -> int:
        return sum(line.is_displayed() for line in browser.find_elements(By.CSS_SELECTOR, ".l"))

    output = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    articles = [record for record in output if "body" in record]
    placed = sum(1 for record in articles for place in record["placements"] if place["text"])
    assert visible_lines() == placed
    # The sample holds every article here, so a reason's button shows every line removed for it.
    reason = max(reasons, key=lambda r: reasons[r])
    browser.find_element(By.CSS_SELECTOR, f'.chip[data-filter="r:{reason}"]').click()
    assert visible_lines() == reasons[reason] == number(browser.find_element(By.ID, "shown").text)
    assert all(
        line.get_attribute("data-r") == reason
        for line in browser.find_elements(By.CSS_SELECTOR, ".l")
        if line.is_displayed()
    )
    browser.save_screenshot(str(tmp_path / "filtered.png"))
    browser.find_element(By.CSS_SELECTOR, f'.chip[data-filter="r:{reason}"]').click()  # off again
    assert visible_lines() == placed
    # The search keeps the articles that hold the words.
    browser.find_element(By.ID, "q").send_keys("Kiel")
    holding = sum(any("kiel" in p["text"].casefold() for p in record["placements"]) for record in articles)
    assert holding and sum(a.is_displayed() for a in browser.find_elements(By.CSS_SELECTOR, "article.doc")) == holding
    browser.find_element(By.ID, "q").clear()
    browser.find_element(By.ID, "q").send_keys(" ")  # an input event with nothing to search: all shown
    assert visible_lines() == placed
    # Hostile article text shows as written, and runs nothing.
    assert any(line.text.endswith(HOSTILE) for line in browser.find_elements(By.CSS_SELECTOR, ".l.f-title"))
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")] == []
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "report.png"))
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000


def test_the_html_view_of_one_file_in_chromium(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page = tmp_path / "article.html"
    assert main([str(Path(__file__).parent.parent / "fixtures" / "inquirer_kerry.txt"), "--html", "-o", str(page)]) == 0
    browser.get(page.as_uri())
    titles = browser.find_elements(By.CSS_SELECTOR, ".l.f-title")
    assert titles and all(t.is_displayed() for t in titles)
    browser.find_element(By.CSS_SELECTOR, '.chip[data-filter="f:body"]').click()
    body = browser.find_elements(By.CSS_SELECTOR, ".l.f-body")
    assert sum(line.is_displayed() for line in browser.find_elements(By.CSS_SELECTOR, ".l")) == len(body) > 5
    assert [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")] == []
