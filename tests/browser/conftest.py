"""Playwright on the system Chromium (apt-get install chromium); never a browser download.

Every page of every journey is checked at three widths, 320 px, 375 px and 1280 px, on one
shared browser. Each journey is walked twice (`width`: 320 px and 1280 px, the phone and the
desktop layouts); at each step of the 320 px walk the same page is checked again at 375 px
(NHS.UK frontend and our own styles have no breakpoint between 320 and 375 px, so a third
walk would press the same controls on the same layout; docs/decisions/0018). After each step
a journey calls `check_page(page, name)`, which checks the page: axe-core with the WCAG 2.2
AA rules, unique ids, a label for every form control, and no sideways scrolling; and saves a
screenshot of the phone walk (every width with `SCREENSHOTS=all`, and any page a journey
fails on). axe-core comes from npm (package.json, `npm ci`) and is read from node_modules:
nothing is fetched while the tests run.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM

# Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
# still synchronous, so let Django allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR", ROOT / "var" / "screenshots"))
# The widths a journey is walked at, and the widths its pages are also checked at on the way.
WIDTHS = (320, 1280)
ALSO_CHECKED_AT = {320: (375,)}
SCREENSHOT_WIDTHS = (320,)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing leaves the machine: every host but the live server fails at once. The pages ask
    # for the NHS fonts at assets.nhs.uk (allowed by the site's policy, as NHS services do);
    # with no network here each request hung for 5 s before the page finished loading.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
]

_saved_folders: list[Path] = []


def pytest_terminal_summary(terminalreporter):
    """Say where the screenshots are (CI prints this folder)."""
    if _saved_folders:
        terminalreporter.write_line(
            f"browser screenshots: {SCREENSHOTS} ({len(_saved_folders)} journey runs)"
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.journey_failed = report.failed
    return report


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail("axe-core is not installed: run `npm ci`")
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def width(request) -> int:
    return request.param


def _new_page(browser, width: int, *, height: int = 800, checked: bool = True):
    """A page in a fresh browser context. A `checked` page has axe-core loaded into every
    document before the page's own scripts (once per context, not sent again for each check),
    and the page's Content Security Policy is bypassed so that axe can run; an unchecked page
    keeps the policy, for the tests of the policy itself."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, locale="en-GB", bypass_csp=checked
    )
    page = context.new_page()
    # After the page exists: added before, it was also run in the new page's blank first
    # document, about 0.3 s a page (27 pages a run) for a document nobody checks.
    if checked and AXE_JS.exists():
        context.add_init_script(path=str(AXE_JS))
    page.set_default_timeout(20_000)
    page.set_default_navigation_timeout(30_000)
    return page


@pytest.fixture
def screen(browser, width, axe_source, request):
    """A page at the journey's width; `check_page(screen, name)` saves its screenshots in
    var/screenshots/<test>/<width>-<nn>-<name>.png."""
    page = _new_page(browser, width)
    test = re.sub(r"\[.*\]$", "", request.node.name)
    folder = SCREENSHOTS / test
    folder.mkdir(parents=True, exist_ok=True)
    # The walks of one journey may run at once in two processes: each clears only its own
    # width's screenshots from the last run.
    for old in folder.glob(f"{width}-*.png"):
        old.unlink(missing_ok=True)
    page._journey = {"folder": folder, "width": width, "step": 0, "axe": axe_source}
    _saved_folders.append(folder)
    print(f"screenshots: {folder}")
    yield page
    if getattr(request.node, "journey_failed", False):
        # A screenshot of a broken page is best effort.
        with contextlib.suppress(Exception):
            page.screenshot(path=str(folder / f"{width}-failed.png"), full_page=True)
    page.context.close()


@pytest.fixture
def phone(browser):
    """A page the size of a small phone (for single checks outside the journeys)."""
    page = _new_page(browser, 375, height=740)
    yield page
    page.context.close()


@pytest.fixture
def strict_phone(browser):
    """A phone-sized page that keeps the site's Content Security Policy (nothing injected)."""
    page = _new_page(browser, 375, height=740, checked=False)
    yield page
    page.context.close()


@pytest.fixture
def sign_in(live_server):
    """`sign_in(page, user)`: give the page's browser context a signed-in Django session for
    `user` (made with the test client's force_login, as if they had signed in), so a journey
    starts where the person would be after signing in. Staff fixtures already have an
    authenticator, so the MFA middleware lets them through."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.test import Client

    host = urlsplit(live_server.url).hostname

    def _sign_in(page, user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.clear_cookies()
        page.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": cookie.value,
                    "domain": host,
                    "path": "/",
                    "httpOnly": True,
                }
            ]
        )
        page.goto(live_server.url + "/")
        return page

    return _sign_in


# The page's own checks, run in the page: every id once, and every form control named by a
# label (label[for], a wrapping label, aria-label or aria-labelledby).
_OWN_CHECKS = """() => {
  const counts = {};
  for (const el of document.querySelectorAll('[id]')) {
    counts[el.id] = (counts[el.id] || 0) + 1;
  }
  const duplicateIds = Object.keys(counts).filter((id) => counts[id] > 1);
  const unlabelled = [];
  const controls = document.querySelectorAll(
    'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset])' +
    ':not([type=image]), select, textarea');
  for (const el of controls) {
    const byFor = el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
    const wrapped = el.closest('label');
    const aria = (el.getAttribute('aria-label') || '').trim();
    const labelledBy = (el.getAttribute('aria-labelledby') || '').split(/\\s+/)
      .filter((id) => id && document.getElementById(id));
    if (!(byFor || wrapped || aria || labelledBy.length)) {
      unlabelled.push(el.outerHTML.slice(0, 160));
    }
  }
  const scroller = document.scrollingElement || document.documentElement;
  return {duplicateIds, unlabelled, scrollWidth: scroller.scrollWidth,
          innerWidth: window.innerWidth};
}"""


def page_problems(page) -> dict:
    """What check_page would complain about on the page as it is, without asserting."""
    journey = getattr(page, "_journey", None)
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        source = journey["axe"] if journey else AXE_JS.read_text(encoding="utf-8")
        page.add_script_tag(content=source)
    violations = page.evaluate(
        """async (tags) => {
          const result = await axe.run(document, {
            runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
          });
          return result.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' +
              n.failureSummary.replace(/\\s+/g, ' ').slice(0, 200)),
          }));
        }""",
        AXE_TAGS,
    )
    own = page.evaluate(_OWN_CHECKS)
    return {
        "axe": violations,
        "duplicate_ids": own["duplicateIds"],
        "unlabelled": own["unlabelled"],
        "sideways": own["scrollWidth"] > own["innerWidth"],
        "scroll": (own["scrollWidth"], own["innerWidth"]),
    }


def _screenshot(page, path: Path) -> None:
    page.screenshot(path=str(path), full_page=True, animations="disabled", caret="hide")


def check_page(page, name: str) -> None:
    """Check the page as it is now at the walk's width and at the widths checked on the way
    (`ALSO_CHECKED_AT`): axe-core (WCAG 2.2 AA) finds nothing, every id is unique, every
    form control has a label, and nothing scrolls sideways. The phone walk's pages are
    saved as screenshots (all widths with `SCREENSHOTS=all`)."""
    page.wait_for_load_state()
    journey = page._journey
    journey["step"] += 1
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    walked = journey["width"]
    size = page.viewport_size
    every_width = os.environ.get("SCREENSHOTS") == "all"
    for width in (walked, *ALSO_CHECKED_AT.get(walked, ())):
        if width != walked:
            page.set_viewport_size({"width": width, "height": size["height"]})
        try:
            _check_at(page, name, journey, width, slug, every_width)
        finally:
            if width != walked:
                page.set_viewport_size(size)


def _check_at(page, name, journey, width, slug, every_width) -> None:
    path = journey["folder"] / f"{width}-{journey['step']:02d}-{slug}.png"
    started = time.monotonic()
    if every_width or width in SCREENSHOT_WIDTHS:
        _screenshot(page, path)
    shot = time.monotonic()
    found = page_problems(page)
    if os.environ.get("CHECK_PAGE_TIMES"):
        print(
            f"{path.name}: screenshot {shot - started:.2f}s, checks {time.monotonic() - shot:.2f}s"
        )
    if not path.exists() and any(
        (found["axe"], found["duplicate_ids"], found["unlabelled"], found["sideways"])
    ):
        _screenshot(page, path)  # the page as it failed, at the width it failed at
    where = f"{name} ({page.url}, {width}px, {path.name})"
    assert not found["axe"], f"axe-core on {where}:\n" + json.dumps(found["axe"], indent=1)
    assert not found["duplicate_ids"], f"ids used twice on {where}: {found['duplicate_ids']}"
    assert not found["unlabelled"], f"form controls with no label on {where}: " + "\n".join(
        found["unlabelled"]
    )
    width, inner = found["scroll"]
    assert not found["sideways"], f"{where} scrolls sideways: {width}px on a {inner}px screen"


def assert_fits_phone(page):
    """Nothing on the page is wider than the phone's screen (no sideways scrolling)."""
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{page.url} is {widths[0]}px wide on a {widths[1]}px screen"


def tap(page, name, *, exact: bool = True, within=None):
    """Press the link or button a person would read as `name` (a link styled as a button
    has the button role), whichever the page uses."""
    scope = within or page
    target = scope.get_by_role("link", name=name, exact=exact).or_(
        scope.get_by_role("button", name=name, exact=exact)
    )
    target.first.click()
