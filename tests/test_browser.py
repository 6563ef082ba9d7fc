"""The web page in a real browser (Playwright driving Debian's chromium) against a real
``whatcauses serve`` on loopback.

Skips cleanly where Playwright or chromium is missing (set WHATCAUSES_CHROMIUM to use another
binary); CI installs both (`apt-get install chromium`, `pip install playwright`).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from whatcauses.engine import Engine

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SEED = "What autoimmune disease causes muscle stiffness?"
CHROMIUM = os.environ.get("WHATCAUSES_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 20_000

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is missing")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no browser at {CHROMIUM}", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `whatcauses serve` on a free loopback port (sharing the session's warm cache)."""
    beside = Path(sys.executable).with_name("whatcauses")
    exe = str(beside) if beside.exists() else shutil.which("whatcauses")
    assert exe, "the whatcauses console script is not installed"
    cache = engine.knowledge.cache_file
    assert cache is not None
    env = dict(os.environ)
    env["WHATCAUSES_CACHE_DIR"] = str(cache.parent)
    env["WHATCAUSES_DATA_DIR"] = str(cache.parent.parent / "browser-data")
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("wb") as sink:  # a file, not a pipe: a full pipe would stall the server
        process = subprocess.Popen(
            [exe, "serve", "--port", str(port), "--no-access-log", "--log-level", "warning"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise AssertionError(f"serve exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("serve did not answer /api/health within 90 s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    # Nothing leaves the machine: any request off loopback gets a stub page instead.
    context.route(
        re.compile(r"^https?://(?!127\.0\.0\.1[:/]).*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>outside</title>outside"
        ),
    )
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, f"script errors on the page: {errors}"


def ask_seed(page: Any, server: str) -> None:
    page.goto(f"{server}/")
    page.get_by_label("Your question").fill(SEED)
    page.keyboard.press("Enter")
    page.wait_for_selector("#candidates li.candidate")


def ask_payload(server: str) -> dict[str, Any]:
    response = httpx.get(f"{server}/api/ask", params={"q": SEED}, timeout=30)
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    return payload


def first_candidate(page: Any) -> str:
    name: str = page.inner_text("#candidates li.candidate >> nth=0 >> .name")
    return name


def chips(page: Any) -> list[str]:
    found: list[str] = page.eval_on_selector_all(
        "#chips li", "items => items.map(i => i.dataset.id)"
    )
    return found


def test_seed_question_puts_stiff_person_syndrome_first(page: Any, server: str) -> None:
    ask_seed(page, server)
    assert "q=What+autoimmune" in page.url
    assert re.search(r"stiff.person", first_candidate(page), re.IGNORECASE)
    assert chips(page)  # the question's findings are shown as chips
    assert page.inner_text("#data-release") == "2025-01-16"
    assert "Not medical advice" in page.inner_text("footer")
    # Evidence on demand: closed at first, shown on a click.
    details = page.locator("#candidates li.candidate >> nth=0 >> details")
    assert not details.evaluate("d => d.open")
    details.locator("summary").click()
    assert details.locator("table.evidence tbody tr").count() >= 1


def test_next_question_adds_a_finding_and_reranks_and_the_url_replays(
    page: Any, server: str
) -> None:
    assert ask_payload(server).get("next_questions")
    ask_seed(page, server)
    before = chips(page)
    button = page.locator("#next button.next-yes").first
    added = (button.get_attribute("data-ids") or "").split(",")
    button.click()
    page.wait_for_url(re.compile(r"[?&](p|g)="))
    page.wait_for_function(
        "n => document.querySelectorAll('#chips li').length > n", arg=len(before)
    )
    shown = chips(page)
    assert any(i in shown for i in added) or len(shown) > len(before)
    ranked = first_candidate(page)
    # Reload from the URL alone: same findings, same ranking.
    url = page.url
    page.goto(url)
    page.wait_for_selector("#candidates li.candidate")
    assert chips(page) == shown
    assert first_candidate(page) == ranked
    # The back button returns to the question as first answered.
    page.go_back()
    page.wait_for_function(
        "n => document.querySelectorAll('#chips li').length === n", arg=len(before)
    )
    assert chips(page) == before


def test_citation_markers_lead_to_their_sources(page: Any, server: str) -> None:
    payload = ask_payload(server)
    assert payload.get("citations")
    ask_seed(page, server)
    marker = page.locator("#answer a.cite").first
    number = marker.inner_text()
    marker.click()
    assert page.url.endswith(f"#cite-{number}")
    source = page.locator(f"#cite-{number} a.source")
    cited = next(c for c in payload["citations"] if str(c["n"]) == number)
    assert source.get_attribute("href") == cited["url"]
    source.click()  # leaves the page: a stub answers in place of the real site (no network)
    page.wait_for_url(cited["url"])
    page.go_back()
    page.wait_for_selector("#candidates li.candidate")


def test_state_lives_in_the_url(page: Any, server: str) -> None:
    page.goto(f"{server}/?p=HP:0002063,HP:0003552&x=HP:0001250")
    page.wait_for_selector("#candidates li.candidate")
    assert chips(page) == ["HP:0002063", "HP:0003552", "HP:0001250"]
    assert page.locator("#chips li.excluded").count() == 1
    # Remove a finding with the keyboard: focus its button, press Enter.
    page.locator('#chips li[data-id="HP:0003552"] button.remove').focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#chips li').length === 2")
    assert "HP%3A0003552" not in page.url and "HP:0003552" not in page.url
    page.go_back()
    page.wait_for_function("() => document.querySelectorAll('#chips li').length === 3")


def test_finding_flips_between_present_and_absent(page: Any, server: str) -> None:
    page.goto(f"{server}/?p=HP:0002063,HP:0003552&x=")
    page.wait_for_selector("#candidates li.candidate")
    page.locator('#chips li[data-id="HP:0002063"] button.flip').click()
    page.wait_for_selector('#chips li.excluded[data-id="HP:0002063"]')
    assert "x=HP%3A0002063" in page.url


def test_autocomplete_adds_a_chip_by_keyboard(page: Any, server: str) -> None:
    assert httpx.get(f"{server}/api/terms", params={"q": "stiff"}).status_code == 200
    page.goto(f"{server}/")
    box = page.get_by_role("combobox")
    box.fill("stiff")
    page.wait_for_selector("#term-list li[role=option]")
    chosen = page.get_attribute("#term-list li[role=option] >> nth=0", "data-id")
    box.press("Enter")
    page.wait_for_selector(f'#chips li[data-id="{chosen}"]')
    page.wait_for_selector("#candidates li.candidate")


def test_question_with_an_emergency_shows_the_red_flag_notice(page: Any, server: str) -> None:
    question = "Sudden severe headache and a stiff neck: what could it be?"
    payload = httpx.get(f"{server}/api/ask", params={"q": question}, timeout=30).json()
    assert payload.get("urgent")
    page.goto(f"{server}/")
    page.get_by_role("button", name=question).click()
    page.wait_for_selector("#urgent:not([hidden])")
    assert page.get_by_role("alert").is_visible()


def test_readable_on_a_phone_and_printable(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    try:
        phone = context.new_page()
        phone.set_default_timeout(TIMEOUT_MS)
        phone.goto(f"{server}/?p=HP:0002063,HP:0003552&x=")
        phone.wait_for_selector("#candidates li.candidate")
        overflow = phone.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1
        phone.emulate_media(media="print")
        assert not phone.locator("#ask-form").is_visible()
        assert phone.locator("#candidates").is_visible()
    finally:
        context.close()


def test_bad_input_shows_a_message_not_a_crash(page: Any, server: str) -> None:
    page.goto(f"{server}/?p=HP:9999999&x=")
    page.wait_for_selector("#status.error")
    assert "HP:9999999" in page.inner_text("#status")
