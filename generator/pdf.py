"""The printable edition: a dedicated HTML document (``templates/print/``) printed by Chromium.

Why Chromium: it lays out the print stylesheet faithfully and fast, gives page numbers through
its header/footer templates, and writes a PDF outline (bookmarks) and a tagged, accessible PDF
(Playwright's ``page.pdf(outline=True, tagged=True)``). It runs the Debian ``chromium`` binary:
nothing is downloaded. The PDF's dates are set from the data, so a rebuild gives the same bytes.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from .errors import BuildError

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class PrintNotes:
    """Numbered endnotes for the whole document: each quotes the words and names the source."""

    def __init__(self) -> None:
        self.items: list[Any] = []

    def mark(self, cites: list[Any]) -> Markup:
        """Superscript note numbers linking to their endnotes."""
        refs = []
        for c in cites:
            self.items.append(c)
            n = len(self.items)
            refs.append(f'<a href="#note-{n}" id="ref-{n}">{n}</a>')
        return Markup('<sup class="note-ref">' + ",".join(refs) + "</sup>") if refs else Markup("")


def render_print(common: dict[str, Any]) -> str:
    """The print document (HTML with its stylesheet inlined) for the views ``render`` built."""
    from .render import TEMPLATES, environment

    env = environment(html=True)
    css = (TEMPLATES / "print" / "print.css").read_text(encoding="utf-8")
    return env.get_template("print/factsheet.html.j2").render(
        common | {"notes": PrintNotes(), "css": Markup(css.replace("</", "<\\/"))})


def find_chromium() -> str:
    """Path of the Chromium binary: ``$CHROMIUM`` if set, else the first one on PATH."""
    env = os.environ.get("CHROMIUM")
    if env:
        return env
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise BuildError("PDF: no Chromium found; install it (Debian/Ubuntu: apt-get install chromium) "
                     "or set CHROMIUM to its path, or build without --pdf")


def _pdf_date(date: str | None) -> bytes:
    d = re.sub(r"\D", "", (date or "2000-01-01"))[:8].ljust(8, "0")
    if d[4:6] == "00":
        d = d[:4] + "01" + d[6:]
    if d[6:8] == "00":
        d = d[:6] + "01"
    return f"D:{d}000000+00'00'".encode()


def _normalise(pdf: Path, date: str | None) -> None:
    """Replace the creation/modification stamps with the sheet's date, and number the structure's element
    ids by rank (same lengths: the cross-reference table stays intact)."""
    data = pdf.read_bytes()
    stamp = _pdf_date(date)

    def repl(m: re.Match[bytes]) -> bytes:
        value = m.group(2)
        new = stamp[: len(value)].ljust(len(value), b" ") if len(stamp) != len(value) else stamp
        return m.group(1) + b"(" + new + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\(([^)]*)\)", repl, data)
    # the tagged structure names elements after Chromium's DOM node counter, which may skip a number from
    # one run to the next: number them by rank instead (same width and order: offsets and the sorted
    # ID tree stay valid)
    rank = {n: i for i, n in enumerate(sorted({int(d) for d in re.findall(rb"\(node(\d+)\)", data)}))}
    data = re.sub(rb"\(node(\d+)\)",
                  lambda m: b"(node" + str(rank[int(m.group(1))]).zfill(len(m.group(1))).encode() + b")", data)
    pdf.write_bytes(data)


def _chapter_pages(pdf: Path, chapters: list[str]) -> dict[str, int]:
    """Page on which each chapter starts, read back with pdftotext (empty when it is missing)."""
    exe = shutil.which("pdftotext")
    if not exe or not chapters:
        return {}
    try:
        text = subprocess.run([exe, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True,
                              timeout=120).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return {}
    pages = [[line.strip() for line in page.splitlines()] for page in text.split("\f")]
    found: dict[str, int] = {}
    start = 2  # after the cover and the contents
    for title in chapters:
        for i in range(start, len(pages)):
            if title in pages[i][:4]:
                found[title] = i + 1
                start = i
                break
    return found


def _print(browser: Any, html: Path, pdf: Path, header: str, footer: str) -> None:
    page = browser.new_page()
    page.goto(html.resolve().as_uri(), wait_until="load")
    page.emulate_media(media="print")
    options = {"path": str(pdf), "format": "A4", "print_background": True, "display_header_footer": True,
               "header_template": header, "footer_template": footer, "outline": True, "tagged": True,
               "margin": {"top": "18mm", "bottom": "18mm", "left": "16mm", "right": "16mm"}}
    page.pdf(**options)
    chapters = page.eval_on_selector_all("[data-chapter]", "els => els.map(e => e.dataset.chapter)")
    numbers = _chapter_pages(pdf, chapters)
    if numbers:  # second pass: the contents page gets its page numbers
        page.evaluate("nums => document.querySelectorAll('[data-chapter]').forEach("
                      "e => { if (nums[e.dataset.chapter]) e.textContent = nums[e.dataset.chapter]; })", numbers)
        page.pdf(**options)


def print_pdf(html: Path, pdf: Path, *, title: str, date: str | None) -> None:
    """Print the HTML document to ``pdf`` with page numbers, an outline and tags."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise BuildError("PDF: the Python package playwright is missing; pip install playwright "
                         "(the browser itself is the system chromium)") from err
    exe = find_chromium()
    header = ('<div style="font-size:7.5pt;color:#666;width:100%;padding:0 14mm;'
              'font-family:sans-serif;">' + str(escape(title)) + "</div>")
    footer = ('<div style="font-size:7.5pt;color:#666;width:100%;padding:0 14mm;text-align:right;'
              'font-family:sans-serif;"><span class="pageNumber"></span> / <span class="totalPages">'
              "</span></div>")

    def run() -> None:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
            try:
                _print(browser, html, pdf, header, footer)
            finally:
                browser.close()

    try:
        # A thread of its own: the sync API refuses to run where an asyncio loop is running.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(run).result()
    except PlaywrightError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise BuildError(f"{pdf}: Chromium could not print the PDF ({first}); check that {exe} "
                         "starts (try: chromium --headless --version)") from err
    _normalise(pdf, date)
