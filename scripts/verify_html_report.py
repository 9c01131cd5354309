"""Render the HTML report in a real headless browser and check what a reader sees.

Usage::

    apt-get install chromium          # Debian's Chromium, once
    python scripts/verify_html_report.py [--screenshot report.png]

It writes the report of the bundled example (examples/article.ru.txt against article.en.txt),
opens it in headless Chromium with no network, and checks the DOM *after* the page's script
ran: every finding is a row, the mentions are highlighted, the "Shown" counter was filled in by
the script, and a filter given in the address (#severity=error) hides the warning. Exit 0 when
all holds; a failed check says which. Not part of the unit tests, because CI machines need not
have a browser; run it when the report's HTML or script changes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import html

REPO = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=2000"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("no Chromium found: apt-get install chromium")


def dom(browser: str, url: str, profile: Path) -> html.HtmlElement:
    done = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                          capture_output=True, text=True, timeout=120, check=True)
    return html.fromstring(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--screenshot", help="also save a PNG of the page here")
    args = parser.parse_args()
    browser = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "toolkit", "check",
                        str(REPO / "examples" / "article.ru.txt"),
                        str(REPO / "examples" / "article.en.txt"),
                        "--format", "html", "-o", str(report)], cwd=REPO, check=False)
        page = dom(browser, report.as_uri(), Path(tmp) / "profile")
        rows = page.xpath("//table[@id='findings']/tbody/tr")
        checks = [
            ("four findings, one row each", len(rows) == 4),
            ("the script ran and counted the rows", page.xpath("string(//span[@id='shown'])")
             == "4"),
            ("the deprecated romanization is highlighted",
             "Yermek Kosherbaev" in [m.text for m in page.xpath("//mark")]),
            ("the summary is shown", page.xpath("string(//div[@id='summary'])")
             == "3 errors, 1 warning"),
        ]
        filtered = dom(browser, report.as_uri() + "#severity=error", Path(tmp) / "profile2")
        hidden = filtered.xpath("//tr[contains(@class,'hidden')]/@data-check")
        checks.append(("#severity=error hides the warning", hidden == ["term-inconsistent"]))
        checks.append(("#severity=error shows three",
                       filtered.xpath("string(//span[@id='shown'])") == "3"))
        if args.screenshot:
            subprocess.run([browser, *FLAGS, f"--user-data-dir={Path(tmp) / 'profile3'}",
                            f"--screenshot={Path(args.screenshot).resolve()}",
                            "--window-size=1400,1000", report.as_uri()],
                           capture_output=True, timeout=120, check=True)
    failed = [name for name, ok in checks if not ok]
    for name, ok in checks:
        print(("ok    " if ok else "FAIL  ") + name)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
