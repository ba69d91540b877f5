"""Fixtures of the browser suite: headless Chromium driven by Playwright, and axe-core.

Every test here is marked ``browser`` and runs against pytest-django's ``live_server``
(so against the test database, on SQLite and on PostgreSQL alike). Chromium is Debian's
(``/usr/bin/chromium``), never a browser Playwright downloads; axe-core comes from
``node_modules/`` (``npm ci`` installs the version ``package-lock.json`` pins).

When Chromium, the ``playwright`` package or axe-core is missing, the tests skip and say which;
with ``NEWSROOM_REQUIRE_BROWSER=1`` (set by ``.ci/run``) they fail instead.

See tests/browser/README.md.
"""

import json
import os
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium"))
AXE = REPOSITORY / "node_modules" / "axe-core" / "axe.min.js"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# The rules the public site promises (docs/search.md, "Accessibility").
AXE_RULESETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
TIMEOUT_MS = 30_000

# Playwright's synchronous API keeps an event loop in this thread; Django's ORM, used by the
# tests to set up data, would otherwise refuse to run "from an async context".
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def unavailable(reason):
    """Skip, or fail when the browser suite is required (CI)."""
    if os.environ.get("NEWSROOM_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser suite required (NEWSROOM_REQUIRE_BROWSER=1) but {reason}", pytrace=False)
    pytest.skip(f"browser suite skipped: {reason}")


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the Python package playwright is not installed (requirements-dev.txt)")
    if not CHROMIUM.exists():
        unavailable(f"Chromium is not installed at {CHROMIUM} (Debian: apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def new_page(browser, viewport):
    context = browser.new_context(viewport=viewport, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.javascript_errors = []
    page.on("pageerror", lambda error: page.javascript_errors.append(str(error)))
    return context, page


@pytest.fixture
def page(browser):
    """A page in a fresh browser context, 1280 × 900."""
    context, page = new_page(browser, DESKTOP)
    yield page
    context.close()
    assert not page.javascript_errors, f"JavaScript errors on the page: {page.javascript_errors}"


@pytest.fixture
def phone_page(browser):
    """A page in a fresh browser context the size of a phone, 390 × 844."""
    context, page = new_page(browser, PHONE)
    yield page
    context.close()
    assert not page.javascript_errors, f"JavaScript errors on the page: {page.javascript_errors}"


def format_violations(url, violations):
    lines = [f"{len(violations)} accessibility violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} — {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node.get('failureSummary', '').strip()}")
    return "\n".join(lines)


@pytest.fixture
def check_accessibility():
    """``check_accessibility(page, exclude=None)``: run axe-core on the page as it is now.

    ``exclude`` is a list of CSS selectors of parts left out of the check. The test fails
    listing every violation (rule, impact, help, and each element with axe's summary).
    Returns axe's full result (a dict) when there are none.
    """
    if not AXE.exists():
        unavailable(f"axe-core is not installed at {AXE.relative_to(REPOSITORY)} (run: npm ci)")
    source = AXE.read_text(encoding="utf-8")

    def check(page, exclude=None):
        if not page.evaluate("() => typeof window.axe !== 'undefined'"):
            page.add_script_tag(content=source)
        context = {"exclude": [[selector] for selector in exclude]} if exclude else None
        results = page.evaluate(
            """([context, rulesets]) => window.axe.run(context || document,
                   {runOnly: {type: "tag", values: rulesets}, resultTypes: ["violations"]})""",
            [context, AXE_RULESETS],
        )
        violations = results["violations"]
        if violations:
            pytest.fail(format_violations(page.url, violations), pytrace=False)
        return results

    return check


@pytest.fixture
def screenshot(request):
    """``screenshot(page, name)``: keep a PNG when ``NEWSROOM_SCREENSHOTS`` names a folder.

    Does nothing otherwise, so the suite writes no files in CI. Useful to look at a journey.
    """
    folder = os.environ.get("NEWSROOM_SCREENSHOTS")

    def take(page, name, full_page=True):
        if not folder:
            return None
        path = Path(folder) / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


def json_of(page, url):
    """GET ``url`` in the page's context and decode its JSON (status checked by the caller)."""
    response = page.request.get(url)
    return response.status, json.loads(response.text()) if response.ok or response.status == 400 else None


@pytest.fixture(scope="session", autouse=True)
def migration_data(django_db_setup):
    """{database alias: the test database's contents after the migrations, serialized}.

    Read before Playwright starts: its synchronous API runs the tests in another context, where
    Django's connection objects are new ones without the serialized contents, so Django's own
    serialized rollback would silently restore nothing.
    """
    from django.db import connections

    return {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}


def restore_migration_data(migration_data):
    """Load the contents the migrations left (serialized before Playwright started) into the test database."""
    from django.db import connections

    from django.core.management import call_command

    for alias, data in migration_data.items():
        connection = connections[alias]
        if data:
            # Restored here before every test that asks, never by Django (whose connection objects in
            # Playwright's context lack the contents): an earlier live-server test's flush may have
            # re-created the content types and permissions (post_migrate), so empty the tables first.
            call_command("flush", database=alias, interactive=False, inhibit_post_migrate=True, verbosity=0)
            connection.creation.deserialize_db_from_string(data)
            _reset_sequences(connection)


def _reset_sequences(connection):
    """Move PostgreSQL's id sequences past the rows just loaded with their ids (the flush restarted
    them at 1, and the next new meeting or organisation would take an id that exists)."""
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


@pytest.fixture
def archive_database(django_db_serialized_rollback, live_server, migration_data):
    """A live server on a database with everything the migrations load (the gazetteer, countries,
    cities, the desk groups), restored before each test; returns the live server's URL.

    A live-server test is transactional: the database is emptied when it ends.
    """
    restore_migration_data(migration_data)
    return live_server.url


@pytest.fixture
def sample_archive(archive_database):
    """The demo archive (samples/) imported into the test database; returns the live server's URL."""
    import io

    from django.core.management import call_command

    from django.core.management import CommandError

    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", str(REPOSITORY / "samples"), stdout=out, stderr=err)
    except CommandError as problem:
        raise AssertionError(f"importing samples/ failed: {problem}\n{err.getvalue()}\n{out.getvalue()}") from None
    return archive_database
