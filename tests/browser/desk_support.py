"""Helpers of the desk's browser journeys (issue 12): desk users and logging in through the admin's form."""

from django.contrib.auth.models import User

PASSWORD = "desk-browser-password-1"


def make_editor(username="editor"):
    """A desk member who may do everything (a superuser, as the issue's journeys were tried).

    Not the "Editor" group: live-server tests empty the database, and the group comes from a
    migration; the groups' permissions are tested with the test client (tests/test_admin_permissions.py).
    """
    return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)


def log_in(page, base_url, username="editor", next_url="/admin/"):
    """Log in with the admin's login form (Django's own page: not checked with axe) and open ``next_url``."""
    page.goto(f"{base_url}/admin/login/?next={next_url}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state("networkidle")


def horizontal_overflow(page):
    """How far the page scrolls sideways (0: it fits its viewport)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def pick_autocomplete(page, select_id, text, choice):
    """Type ``text`` into the select2 box of ``select_id`` and pick the result whose label has ``choice``."""
    page.click(f"#{select_id} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", text)
    page.locator(".select2-results__option", has_text=choice).first.click()


def follow(page, selector):
    """Click what submits a form or follows a link, and wait for the next page."""
    with page.expect_navigation():
        page.click(selector)
