"""The public site in a real browser (issue 11): every page kind passes axe at 1280 and 390 px, and
the journeys readers take work with a mouse, a keyboard and a phone."""

import re

from articles.models import Article
from people.models import Meeting, Person, Place

PAGE_KINDS = [
    ("home", "/"),
    ("search", "/search/?q=defence+talks"),
    ("search with a name", "/search/?q=Modi"),
    ("search with a misspelling", "/search/?q=Jaishanker"),
    ("search with a bad parameter", "/search/?date_from=yesterday"),
    ("search in a date range", "/search/?date_from=2020-09-01&date_to=2020-09-30"),
    ("facet values", "/search/facets/place/"),
    ("people directory", "/people/"),
    ("organisations", "/organisations/"),
    ("meetings", "/meetings/"),
    ("places", "/places/"),
    ("tags", "/tags/"),
]


def entity_pages():
    meeting = Meeting.objects.filter(status=Meeting.Status.HELD).exclude(date=None).order_by("pk").first()
    return [
        ("person", Person.objects.get(slug="rajnath-singh").get_absolute_url()),
        ("organisation", "/organisations/shanghai-cooperation-organisation/"),
        ("place", Place.objects.get(slug="moscow").get_absolute_url()),
        ("meeting", meeting.get_absolute_url()),
        ("English article", Article.objects.filter(language="en").order_by("pk").first().get_absolute_url()),
        ("Hindi article", Article.objects.filter(language="hi").order_by("pk").first().get_absolute_url()),
    ]


def check_every_page_kind(base, page, check_accessibility, screenshot, tag):
    failures = []
    for name, url in PAGE_KINDS + entity_pages():
        response = page.goto(base + url)
        assert response.status in (200, 400), (url, response.status)
        try:
            check_accessibility(page)
        except BaseException as failure:  # collect every page's violations, then fail once
            failures.append(f"{name} ({url}):\n{failure}")
        screenshot(page, f"{tag}-{name.replace(' ', '-')}")
    assert not failures, "\n\n".join(failures)


def test_every_public_page_kind_has_no_axe_violation_at_1280(sample_archive, page, check_accessibility, screenshot):
    check_every_page_kind(sample_archive, page, check_accessibility, screenshot, "desktop")


def test_every_public_page_kind_has_no_axe_violation_at_390(sample_archive, phone_page, check_accessibility, screenshot):
    check_every_page_kind(sample_archive, phone_page, check_accessibility, screenshot, "phone")


def test_the_hindi_interface_has_no_axe_violation(sample_archive, browser, check_accessibility):
    context = browser.new_context(viewport={"width": 390, "height": 844}, extra_http_headers={"Accept-Language": "hi"})
    page = context.new_page()
    try:
        for url in ("/", "/search/?q=मोदी", "/people/rajnath-singh/", "/meetings/"):
            page.goto(sample_archive + url)
            assert page.locator("html").get_attribute("lang") == "hi"
            check_accessibility(page)
    finally:
        context.close()


# -- keyboard ---------------------------------------------------------------------------------------


def test_the_first_filter_is_at_most_three_tabs_from_the_search_box(sample_archive, page, phone_page):
    for each in (page, phone_page):
        each.goto(sample_archive + "/search/?q=talks")
        each.locator("#q").focus()
        for presses in range(1, 4):
            each.keyboard.press("Tab")
            if each.evaluate("() => !!document.activeElement.closest('#filters')"):
                break
        else:
            raise AssertionError(f"no filter within 3 Tab presses at {each.viewport_size['width']} px")
        assert presses <= 3


def test_slash_focuses_the_search_box_and_the_skip_link_reaches_the_filters(sample_archive, page):
    page.goto(sample_archive + "/search/?q=talks")
    page.locator("body").click(position={"x": 5, "y": 600})
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.id") == "q"
    page.keyboard.type("Putin")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Putin"))
    # From the top of the page: skip to content, then skip to filters.
    page.evaluate("() => document.activeElement.blur()")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to filters"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#filters"
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('#filters')")


# -- phone ----------------------------------------------------------------------------------------------


def test_on_a_phone_the_folded_filters_come_before_the_results(sample_archive, phone_page):
    phone_page.goto(sample_archive + "/search/?q=talks")
    panel = phone_page.locator("details.facets-toggle")
    assert panel.get_attribute("open") is None  # folded
    filters_top = phone_page.locator("#filters").bounding_box()["y"]
    results_top = phone_page.locator("#results-heading").bounding_box()["y"]
    assert filters_top < results_top < 1200  # the results start within about a screen and a half
    phone_page.locator("details.facets-toggle > summary").click()
    assert panel.get_attribute("open") is not None
    assert phone_page.locator("#date_from").is_visible()


# -- names, dates, facets, pictures ------------------------------------------------------------------------


def test_a_surname_finds_both_scripts_and_a_misspelling_is_corrected(sample_archive, page):
    page.goto(sample_archive + "/")
    page.locator("#q").fill("Modi")
    page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(r"q=Modi"))
    assert "Narendra Modi (नरेंद्र मोदी)" in page.locator(".matched").inner_text()
    assert page.locator('.result-title[lang="hi"]').count() >= 1
    assert page.locator('.result-title[lang="en"]').count() >= 1
    page.locator("#q").fill("Jaishanker")
    page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(r"q=Jaishanker"))
    assert "Did you mean" in page.locator(".suggestions").inner_text()
    page.locator(".suggestions a", has_text="S. Jaishankar").first.click()
    page.wait_for_url(re.compile(r"q=S\.\+Jaishankar"))
    assert int(page.locator("#results-heading").inner_text().split()[0]) >= 2


def test_a_bar_of_the_histogram_narrows_to_its_year(sample_archive, page, screenshot):
    page.goto(sample_archive + "/search/?q=defence")
    bars = page.locator("svg.chart a")
    assert bars.count() >= 2
    label = bars.first.locator("title").text_content()  # "2020: 4 articles"
    year, count = re.match(r"(\d{4}): (\d+) article", label).groups()
    screenshot(page, "histogram", full_page=False)
    bars.first.click()
    page.wait_for_url(re.compile(rf"date_from={year}-01-01"))
    assert page.locator("#results-heading").inner_text().startswith(f"{count} article")


def test_the_june_report_journey_and_its_reason(sample_archive, page):
    page.goto(sample_archive + "/search/?person=rajnath-singh&date_from=2020-09-01&date_to=2020-09-30")
    reasons = page.locator(".result .reason")
    assert reasons.count() >= 1
    assert reasons.first.inner_text().startswith("reports a meeting of ")


def test_a_facets_more_page_lists_and_filters_every_value(sample_archive, page):
    page.goto(sample_archive + "/")
    more = page.locator(".facet-place .more a")
    assert more.count() == 1
    more.click()
    page.wait_for_url(re.compile(r"/search/facets/place/"))
    rows = page.locator(".facet-table tbody tr")
    total = rows.count()
    assert total > 12
    page.locator("#facet-filter").fill("mos")
    page.locator("#facet-filter").press("Enter")
    page.wait_for_url(re.compile(r"filter=mos"))
    assert 1 <= rows.count() < total
    expected = int(rows.first.locator("td.number").inner_text())
    rows.first.locator("a").click()
    page.wait_for_url(re.compile(r"/search/\?"))
    assert page.locator("#results-heading").inner_text().startswith(f"{expected} article")


def test_the_person_page_draws_its_timeline_and_who_met_whom(sample_archive, page, screenshot):
    page.goto(sample_archive + "/people/rajnath-singh/")
    assert page.locator("svg.chart a").count() >= 2
    nodes = page.locator("svg.graph a")
    assert nodes.count() >= 3
    screenshot(page, "person-pictures", full_page=False)
    other = nodes.nth(1)
    name = other.get_attribute("aria-label").split(",")[0]
    other.click()
    page.wait_for_url(re.compile(r"/people/(?!rajnath-singh)"))
    assert page.locator("h1").inner_text() == name
    # A bar of the timeline goes to its year in the list.
    page.locator("svg.chart a").first.click()
    assert re.search(r"#meetings-\d{4}$", page.url)


def test_the_language_switch(sample_archive, page):
    page.goto(sample_archive + "/people/")
    page.locator('.language-switch button[value="hi"]').click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "hi"
    assert page.locator("h1").inner_text() == "लोग"
    page.locator('.language-switch button[value="en"]').click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "People"
