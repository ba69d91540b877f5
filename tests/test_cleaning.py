"""Stage 1: cleaning source text (promos, Unicode, paragraphs) and deriving titles."""

import unicodedata

from articles.extraction.cleaning import clean, derive_title, strip_promos


def test_promo_glued_to_the_previous_sentence_is_removed_and_the_sentence_kept():
    text = "दोनों नेताओं ने व्यापार पर बात की.Also Read - किसी और खबर का शीर्षक\n\nअगला अनुच्छेद."
    cleaned = clean(text)
    assert cleaned.body == "दोनों नेताओं ने व्यापार पर बात की.\n\nअगला अनुच्छेद."
    assert cleaned.promos == ("Also Read - किसी और खबर का शीर्षक",)


def test_promo_after_a_closing_quote_and_a_space_is_removed():
    text = "The ministry said, “Talks were useful.” Also Read - Another story about ports\nNext line."
    assert clean(text).body == "The ministry said, “Talks were useful.”\n\nNext line."


def test_promo_on_its_own_line_drops_the_whole_line():
    text = "First paragraph.\n\nAlso Read - A headline about something else\n\nSecond paragraph."
    assert clean(text).body == "First paragraph.\n\nSecond paragraph."


def test_only_promos_are_removed_prose_with_the_same_words_stays():
    text = "He also read the report - twice. Officials will Also Read it: not a promo without a dash? "
    # "Also Read it:" is followed by a word before the colon, so it is prose, not a marker.
    assert clean(text).body == text.strip()
    _, promos = strip_promos("Nothing to strip here.")
    assert promos == ()


def test_hindi_promo_marker_is_removed():
    text = "पहला वाक्य.\n\nयह भी पढ़ें: दूसरी खबर\n\nदूसरा वाक्य."
    assert clean(text).body == "पहला वाक्य.\n\nदूसरा वाक्य."


def test_unicode_is_normalised_to_nfc():
    precomposed = "मिर्\u095b\u093e"  # ज़ as one code point (a composition exclusion)
    assert clean(precomposed).body == "मिर्\u091c\u093c\u093e"
    assert unicodedata.is_normalized("NFC", clean(precomposed).body)
    cafe = "Cafe\u0301 talks."  # e + combining acute -> é
    assert clean(cafe).body == "Café talks."


def test_paragraphs_are_kept_and_spaces_inside_them_collapsed():
    text = "  One   line\ncontinues here.\r\n\r\n\n Two.  \n\n\n"
    assert clean(text).body == "One line continues here.\n\nTwo."


def test_title_is_the_first_sentence_without_its_full_stop():
    assert derive_title("Ministers met in Dushanbe.") == "Ministers met in Dushanbe"
    assert derive_title("मंत्रियों ने मुलाकात की।") == "मंत्रियों ने मुलाकात की"


def test_long_title_is_cut_at_a_word_boundary_within_the_limit():
    sentence = "Defence Minister " + "cooperation " * 20 + "ends here."
    title = derive_title(sentence)
    assert len(title) <= 120
    assert title.endswith("…")
    assert title[:-1] == title[:-1].rstrip()
    assert sentence.startswith(title[:-1])
    assert title[:-1].split()[-1] == "cooperation"


def test_a_headline_on_its_own_line_is_not_the_start_of_the_first_sentence():
    text = "Rajnath Singh Holds Talks With Belarusian Counterpart\nDefence Minister Rajnath Singh held talks on Monday."
    assert clean(text).body == (
        "Rajnath Singh Holds Talks With Belarusian Counterpart\n\nDefence Minister Rajnath Singh held talks on Monday."
    )


def test_a_line_written_whole_ends_its_paragraph_and_wrapped_prose_is_joined():
    long_line = "रक्षा मंत्री राजनाथ सिंह ने बुधवार को अपने समकक्ष से मुलाकात की और दोनों नेताओं ने रक्षा सहयोग पर विस्तार से चर्चा की"
    assert clean(f"जयशंकर ने की मुलाकात\n{long_line}").body == f"जयशंकर ने की मुलाकात\n\n{long_line}"
    wrapped = "Defence Minister Rajnath\nSingh met his counterpart in\nDushanbe on Wednesday."
    assert clean(wrapped).body == "Defence Minister Rajnath Singh met his counterpart in Dushanbe on Wednesday."


def test_a_block_of_promo_headlines_under_a_marker_is_removed():
    text = (
        " date 2021-01-30 -\nALSO READ\nMinister says ports will grow\nTalks going on, says envoy\n\n"
        "Defence Minister Rajnath Singh met his counterpart on Friday."
    )
    body = clean(text).body
    assert "ports" not in body and "envoy" not in body and "Rajnath Singh met" in body


def test_read_with_a_bar_and_see_also_are_promos():
    text = "Singh met Mirzo.\nRead | Another story about a minister\nSEE ALSO: A third story\nThey discussed training."
    assert clean(text).body == "Singh met Mirzo.\n\nThey discussed training."


def test_html_links_keep_their_words_and_lose_their_addresses():
    from articles.extraction.cleaning import clean

    body = clean(
        'The governor of the <a href="https://example.org/2022/un-chief-urges-talks/">western region</a> '
        "cancelled a trip to the EU.<br>Officials said <b>nothing</b> &amp; left."
    ).body
    assert body == "The governor of the western region cancelled a trip to the EU.\n\nOfficials said nothing & left."
    # Text without markup is left alone, entities and all.
    assert clean("R&amp;D spending rose; 3 < 4.").body == "R&amp;D spending rose; 3 < 4."
