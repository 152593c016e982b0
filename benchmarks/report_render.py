"""The audit report of a batch output in headless Chromium: its size, its render time, its numbers.

    PYTHONPATH=src python -m newsclean.cli batch ../shared/eval/data/dev.jsonl.gz -o /tmp/dev.jsonl --placements
    PYTHONPATH=src python benchmarks/report_render.py /tmp/dev.jsonl [--runs 5] [--screenshot docs/report.png]

Makes the report of OUTPUT (timed; ``--report FILE`` keeps it there), counts OUTPUT's records,
errors and removed lines by reason itself, as the batch summary does, and loads the report
``--runs`` times in Debian's chromium (selenium with chromium-driver). It prints the file's size,
the browser's navigation timing (DOM ready, load, and the first frame after load; median and
worst of the runs), the time a reason filter's click takes, whether the numbers shown equal the
counts, and the console's errors and warnings. Exits 1 when a number differs or the console
logged anything.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsclean.report import write_report

_FIRST_FRAME = """
const done = arguments[arguments.length - 1];
const after = () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
if (document.readyState === "complete") { after(); } else { addEventListener("load", after); }
"""
_CLICK = """
const chip = document.querySelector('.chip[data-filter^="r:"]');
const start = performance.now();
chip.click();
const took = performance.now() - start;
chip.click();
return [chip.getAttribute("data-filter"), took];
"""


def counts(path: Path) -> tuple[int, int, Counter[str]]:
    """Records, errors and removed lines by reason, counted as ``newsclean batch`` counts them."""
    records = errors = 0
    reasons: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            records += 1
            errors += bool(record.get("error"))
            reasons.update(entry["reason"] for entry in record.get("removed", ()))
    return records, errors, reasons


def browser(width: int, height: int) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="a newsclean batch output (JSONL)")
    parser.add_argument("--report", type=Path, help="where to write the report (default: a temporary file)")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, help="save a screenshot of the page's top here (PNG)")
    args = parser.parse_args()
    from selenium.webdriver.common.by import By

    html = args.report or Path(tempfile.mkdtemp()) / "report.html"
    started = time.process_time()
    write_report(args.output, html, sample=args.sample)
    print(f"report made in {time.process_time() - started:.1f} CPU s: {html} ({html.stat().st_size:,} bytes)")
    records, errors, reasons = counts(args.output)

    driver = browser(1100, 760)
    try:
        timings = []
        for _ in range(args.runs):
            driver.get(html.as_uri())
            frame = driver.execute_async_script(_FIRST_FRAME)
            nav = driver.execute_script("return performance.getEntriesByType('navigation')[0].toJSON()")
            timings.append((nav["domContentLoadedEventEnd"], nav["loadEventEnd"], frame))
        for name, values in zip(
            ("DOM ready", "load", "first frame after load"), zip(*timings, strict=True), strict=True
        ):
            print(f"{name:>24}: median {statistics.median(values):6.0f} ms, worst {max(values):6.0f} ms")
        reason, took = driver.execute_script(_CLICK)
        print(f"{'filter click':>24}: {took:.0f} ms ({reason})")

        def number(selector: str) -> int:
            return int(driver.find_element(By.CSS_SELECTOR, selector).text.replace(",", ""))

        shown = (number('[data-total="records"] b'), number('[data-total="errors"] b'))
        shown_reasons = {
            row.get_attribute("data-reason"): int(row.find_element(By.CSS_SELECTOR, ".lines").text.replace(",", ""))
            for row in driver.find_elements(By.CSS_SELECTOR, "tr[data-reason]")
        }
        same = shown == (records, errors) and shown_reasons == dict(reasons)
        print(f"shown: {shown[0]:,} records, {shown[1]:,} errors, {sum(shown_reasons.values()):,} lines removed")
        print(f"counted: {records:,} records, {errors:,} errors, {sum(reasons.values()):,} lines removed")
        print("numbers shown equal the counts (by reason too)" if same else "NUMBERS DIFFER")
        console = [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
        print(f"console errors and warnings: {len(console)}", *console, sep="\n  ")
        if args.screenshot:
            driver.get(html.as_uri() + "#totals")
            driver.save_screenshot(str(args.screenshot))
            print(f"screenshot: {args.screenshot} ({args.screenshot.stat().st_size:,} bytes)")
    finally:
        driver.quit()
    return 0 if same and not console else 1


if __name__ == "__main__":
    sys.exit(main())
