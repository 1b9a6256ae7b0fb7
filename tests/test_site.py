"""The built site in a real browser (headless Debian Chromium through Playwright)."""
from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures_render import CHROMIUM_ARGS, build_fixture_site, chromium_path

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(chromium_path() is None, reason="needs chromium (apt-get install chromium)")]


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser, url: str, width: int = 1280):  # noqa: ANN001, ANN202
    page = browser.new_page(viewport={"width": width, "height": 800})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append("external request " + r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "file:")) else None)
    page.goto(url)
    return page, problems


def _search(page, word: str) -> None:  # noqa: ANN001
    page.wait_for_load_state("networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(word, delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=10000)


def test_search_finds_a_word(browser, base_url: str) -> None:  # noqa: ANN001
    page, problems = _open(browser, base_url)
    _search(page, "Authority")
    assert page.locator(".md-search-result__item").count() >= 1
    assert "Authority" in page.locator(".md-search-result__list").inner_text()
    assert problems == []


def test_citation_lands_on_its_sentence(browser, base_url: str) -> None:  # noqa: ANN001
    page, problems = _open(browser, base_url + "regulatory-actions/")
    marker = page.locator("a.footnote-ref").first
    marker.hover()  # Material's footnote tooltip shows the quoted words
    page.wait_for_selector(".md-tooltip2--active, .md-tooltip2", timeout=5000)
    marker.click()
    page.wait_for_url("**/sources/alpha/#s2", timeout=5000)
    target = page.locator("#s2")
    page.wait_for_timeout(300)
    assert target.evaluate("e => e.matches(':target')")
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    box = target.bounding_box()
    header = page.locator(".md-header").bounding_box()
    assert box is not None and header is not None
    assert box["y"] >= header["height"] - 1 and box["y"] < 800, "sentence scrolled under the header or off screen"
    assert "cited by" in target.inner_text()
    assert problems == []


@pytest.mark.parametrize("path", ["", "allegations/", "parties/", "timeline/", "quotes/", "discrepancies/",
                                  "sources/", "sources/gamma/", "parties/critics/", "method/", "changes/"])
def test_no_console_errors_and_nothing_injected(browser, base_url: str, path: str) -> None:  # noqa: ANN001
    page, problems = _open(browser, base_url + path)
    page.wait_for_timeout(400)
    assert problems == []
    assert page.evaluate("window.__xss === undefined")
    assert page.locator("article.md-content__inner script").count() == 0
    assert page.locator("[onclick]").count() == 0
    assert page.locator("a[href^='javascript:alert']").count() == 0


@pytest.mark.parametrize("path", ["", "allegations/", "sources/alpha/", "discrepancies/", "parties/", "timeline/"])
def test_phone_width_has_no_horizontal_overflow(browser, base_url: str, path: str) -> None:  # noqa: ANN001
    page, _ = _open(browser, base_url + path, width=390)
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_offline_build_works_from_file(tmp_path_factory: pytest.TempPathFactory, browser) -> None:  # noqa: ANN001
    site = build_fixture_site(tmp_path_factory.mktemp("offline"), offline=True)
    assert (site / "search" / "search_index.js").is_file()
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in html and "fonts.googleapis" not in html
    page, problems = _open(browser, (site / "index.html").as_uri())
    _search(page, "Authority")
    assert [p for p in problems if "external" in p] == []
