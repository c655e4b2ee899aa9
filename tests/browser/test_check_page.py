"""The page checks themselves: a page of the 320 px walk is checked again at 375 px, so a
fault that shows only at 375 px fails the journey, and the walk goes on at 320 px."""

import pytest

from tests.browser.conftest import _new_page, check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Wider than the screen only from 360 px up: the 320 px check passes, the 375 px one must not.
ONLY_AT_375 = """
<style>@media (min-width: 360px) { #wide { width: 500px; } }</style>
<div id="wide">A box that grows past the screen on a 375 px phone</div>
"""


def _walk_page(browser, tmp_path):
    page = _new_page(browser, 320)
    page._journey = {"folder": tmp_path, "width": 320, "step": 0, "axe": None}
    return page


def test_a_page_that_scrolls_sideways_only_at_375_fails_the_phone_walk(
    browser, live_server, tmp_path
):
    page = _walk_page(browser, tmp_path)
    try:
        page.goto(live_server.url + "/help/")
        page.evaluate(
            "(html) => document.querySelector('main').insertAdjacentHTML('beforeend', html)",
            ONLY_AT_375,
        )
        with pytest.raises(AssertionError, match=r"375px.*scrolls sideways"):
            check_page(page, "wide at 375")
        # the walk goes on at its own width, and the failing page was saved as it failed
        assert page.viewport_size["width"] == 320
        assert (tmp_path / "375-01-wide-at-375.png").exists()
    finally:
        page.context.close()


def test_the_same_page_without_the_fault_passes_at_both_widths(browser, live_server, tmp_path):
    page = _walk_page(browser, tmp_path)
    try:
        page.goto(live_server.url + "/help/")
        check_page(page, "help")
        assert page.viewport_size["width"] == 320
        assert [p.name for p in tmp_path.iterdir()] == ["320-01-help.png"]
    finally:
        page.context.close()
