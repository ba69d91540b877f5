"""The desk's journeys in Chromium (issue 12), each at 1280 px and 390 px, with axe on every desk page.

Corrections that teach (link a Hindi name found by the fuzzy autocomplete, learn it, re-extract the
other report), the review queue (select all, keys, filters, merge into…), the duplicate-flag merge
with its confirmation and its undo, and the layout of the lists and forms.
"""

import datetime

import pytest

from articles.models import Article, PersonMention
from people.models import Origin, Person, PersonAlias, PersonDuplicateFlag

from .desk_support import follow, horizontal_overflow, log_in, make_editor, pick_autocomplete

TALKS = "प्रधानमंत्री नरेंद्र मोदी ने पेरिस में राष्ट्रपति पियरे लामोत से बातचीत की. दोनों नेताओं ने व्यापार पर चर्चा की."
LATER = "फ्रांस के राष्ट्रपति पियरे लामोत अगले महीने दिल्ली आएंगे. उनकी यात्रा की तैयारी चल रही है."

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def article(title, body, language="hi", published=datetime.date(2024, 2, 1)):
    return Article.objects.create(title=title, body=body, language=language, published=published, origin="import")


def person(name, *aliases, **fields):
    record = Person.objects.create(name=name, **fields)
    for alias in (name, *aliases):
        PersonAlias.objects.create(person=record, name=alias)
    return record


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_a_linked_hindi_name_is_learnt_and_links_the_other_report(
    viewport, live_server, page, phone_page, check_accessibility, screenshot
):
    page = page if viewport == "desktop" else phone_page
    make_editor()
    lamotte = person("Pierre Lamotte", origin=Origin.GAZETTEER, reviewed=True)
    first = article("मोदी और लामोत की बातचीत", TALKS)
    second = article("लामोत की यात्रा", LATER)
    log_in(page, live_server.url, next_url=f"/admin/articles/article/{first.pk}/change/")
    check_accessibility(page)
    page.click("#personmention_set-group .add-row a")
    pick_autocomplete(page, "id_personmention_set-0-person", "लामोत", "Pierre Lamotte")
    page.fill("#id_personmention_set-0-surface", "पियरे लामोत")
    assert page.is_checked("#id_personmention_set-0-learn_alias")
    follow(page, "input[name=_continue]")
    message = page.locator(".messagelist", has_text="Learnt “पियरे लामोत” as an alias of Pierre Lamotte")
    assert message.count() == 1
    screenshot(page, f"desk-learnt-alias-{viewport}")
    follow(page, "text=Re-extract the other articles that contain it")
    assert page.locator(".reextract-articles li").all_inner_texts()[0].startswith("लामोत की यात्रा")
    check_accessibility(page)
    screenshot(page, f"desk-reextract-{viewport}")
    follow(page, "input[type=submit][value^='Re-extract']")
    assert page.locator(".messagelist", has_text="1 now links Pierre Lamotte").count() == 1, page.text_content(".messagelist")
    assert PersonMention.objects.filter(article=second, person=lamotte, surface="पियरे लामोत").exists()


def queue_data():
    rows = []
    for n in range(4):
        record = person(f"Test Person {n}", origin=Origin.IMPORT, evidence=f"Minister Test Person {n} spoke on Monday.")
        rows.append(record)
    return rows


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_review_queue_selects_all_moves_by_keys_and_fits(
    viewport, live_server, page, phone_page, check_accessibility, screenshot
):
    tab = page if viewport == "desktop" else phone_page
    make_editor()
    people = queue_data()
    log_in(tab, live_server.url, next_url="/admin/review/")
    check_accessibility(tab)
    assert horizontal_overflow(tab) == 0
    screenshot(tab, f"desk-review-queue-{viewport}")
    tab.check("#review-select-all")
    assert all(box.is_checked() for box in tab.locator("input[name=selected]").all())
    tab.uncheck("#review-select-all")
    # Keys: j moves to the first row, j to the second, x ticks it, a accepts it.
    tab.keyboard.press("j")
    tab.keyboard.press("j")
    tab.keyboard.press("x")
    second = tab.locator("tr.review-row").nth(1)
    assert second.locator("input[name=selected]").is_checked()
    key = second.get_attribute("data-key")
    with tab.expect_navigation():
        tab.keyboard.press("a")
    assert tab.locator(".messagelist").count() == 1, tab.content()[:2000]
    accepted = Person.objects.get(pk=int(key.split(":")[1]))
    assert accepted.reviewed
    assert Person.objects.filter(pk__in=[p.pk for p in people], reviewed=False).count() == 3


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_merge_into_from_the_queue_with_the_autocomplete(viewport, live_server, page, phone_page, check_accessibility):
    page = page if viewport == "desktop" else phone_page
    make_editor()
    known = person("Sherali Mirzoev", origin=Origin.GAZETTEER, reviewed=True)
    new = person("Sherali Mirzo Test", origin=Origin.IMPORT, evidence="Sherali Mirzo Test arrived.")
    log_in(page, live_server.url, next_url="/admin/review/?kind=person")
    with page.expect_navigation():
        page.locator("tr.review-row", has_text="Sherali Mirzo Test").locator("text=Merge into…").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() == 1, page.content()[:3000]
    check_accessibility(page)
    pick_autocomplete(page, "id_into", "Mirzoev", "Sherali Mirzoev")
    follow(page, "input[value='Show what the merge does']")
    check_accessibility(page)
    follow(page, "input[value^='Merge into']")
    assert page.locator(".messagelist", has_text="Undo it from").count() == 1
    assert not Person.objects.filter(pk=new.pk).exists()
    assert known.aliases.filter(name="Sherali Mirzo Test").exists()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_duplicate_flag_merge_confirms_and_is_undone_from_history(
    viewport, live_server, page, phone_page, check_accessibility, screenshot
):
    page = page if viewport == "desktop" else phone_page
    make_editor()
    ivan = person("Ivan Petrov", origin=Origin.GAZETTEER, reviewed=True)
    vanya = person("Vanya Petrov", origin=Origin.IMPORT, evidence="Minister Vanya Petrov said.")
    flag = PersonDuplicateFlag.objects.create(person=vanya, other=ivan, similarity=82, evidence="Minister Vanya Petrov said.")
    log_in(page, live_server.url, next_url=f"/admin/people/personduplicateflag/{flag.pk}/change/")
    check_accessibility(page)
    follow(page, "button[value=merge_into_known]")
    assert "Deleted: the new record" in page.text_content("#merge-records")
    assert Person.objects.filter(pk=vanya.pk).exists()
    check_accessibility(page)
    screenshot(page, f"desk-flag-merge-confirmation-{viewport}")
    follow(page, "input[type=submit].default")
    follow(page, ".messagelist a:text('history')")
    check_accessibility(page)
    screenshot(page, f"desk-history-undo-{viewport}")
    follow(page, "text=Undo this merge…")
    check_accessibility(page)
    follow(page, "input[value='Undo the merge']")
    assert page.locator(".messagelist", has_text="Undid the merge").count() == 1
    assert Person.objects.get(pk=vanya.pk).name == "Vanya Petrov"


def test_lists_and_forms_fit_at_1280_and_390(sample_archive, page, phone_page, check_accessibility, screenshot):
    make_editor()
    singh = Person.objects.get(name="Rajnath Singh")
    log_in(page, sample_archive, next_url="/admin/articles/article/")
    check_accessibility(page)
    title = page.locator("th.column-title").bounding_box()
    last = page.locator("#result_list thead th").last.bounding_box()
    filters = page.locator("#changelist-filter").bounding_box()
    assert title["width"] >= 300, title
    assert last["x"] + last["width"] <= filters["x"], (last, filters)  # no column under the filters
    screenshot(page, "desk-articles-1280", full_page=False)
    page.goto(f"{sample_archive}/admin/people/person/{singh.pk}/change/")
    check_accessibility(page)
    assert horizontal_overflow(page) == 0
    roles = page.locator("#roles-group").bounding_box()
    assert roles["x"] + roles["width"] <= 1280
    log_in(phone_page, sample_archive, next_url="/admin/articles/article/")
    assert horizontal_overflow(phone_page) == 0
    check_accessibility(phone_page)
    screenshot(phone_page, "desk-articles-390", full_page=False)
    phone_page.goto(f"{sample_archive}/admin/people/person/{singh.pk}/change/")
    check_accessibility(phone_page)
    assert horizontal_overflow(phone_page) == 0
