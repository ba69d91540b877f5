"""The fixtures themselves: a page loads from the live server, axe runs and reports."""

import pytest


def test_home_page_loads_and_passes_axe_at_both_widths(sample_archive, page, phone_page, check_accessibility):
    for each in (page, phone_page):
        each.goto(sample_archive + "/")
        assert each.get_by_role("searchbox").count() + each.get_by_role("textbox").count() >= 1
        check_accessibility(each)


def test_check_accessibility_lists_every_violation(live_server, page, check_accessibility):
    page.goto(live_server.url + "/")
    page.set_content('<html><body><img src="x.png"><input type="text"></body></html>')
    with pytest.raises(pytest.fail.Exception) as failure:
        check_accessibility(page)
    message = str(failure.value)
    assert "image-alt" in message and "label" in message and "html-has-lang" in message


def test_check_accessibility_leaves_excluded_parts_out(live_server, page, check_accessibility):
    page.goto(live_server.url + "/")
    page.set_content('<html lang="en"><head><title>t</title></head><body><main><h1>t</h1>'
                     '<div id="widget"><img src="x.png"></div></main></body></html>')
    check_accessibility(page, exclude=["#widget"])
