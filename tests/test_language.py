"""Stage 2: telling English from Hindi, and refusing to guess other languages."""

import pytest

from articles.extraction.language import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two ministers met in the capital on Tuesday and discussed trade.", "en"),
        ("दोनों मंत्रियों ने मंगलवार को राजधानी में व्यापार पर चर्चा की और समझौते पर हस्ताक्षर किए।", "hi"),
        # Hindi text quoting an English acronym or two is still Hindi.
        ("रक्षा मंत्री ने SCO और NATO के बारे में कहा कि सहयोग जरूरी है।", "hi"),
        # Latin script, but not English: recorded as undetermined, not guessed.
        # A one-sentence brief is mostly titles and names: its other words decide.
        ("Defence Minister Rajnath Singh holds talks with US Defence Secretary Lloyd Austin", "en"),
        ("Foreign Secretary Vikram Misri called on Sri Lankan President Anura Kumara Dissanayake in Colombo.", "en"),
        ("Lulu Group International MD Yusuff Ali met Prime Minister Narendra Modi on Monday.", "en"),
        ("BJP president J P Nadda met Amit Shah.", "en"),
        ("Modi ne Macron se mulaqat ki", "und"),
        ("I feel good about the talks.", "en"),
        ("Emmanuel Macron a rencontré Narendra Modi", "und"),
        ("Le ministre de la défense a rencontré son homologue à Douchanbé mercredi.", "und"),
        # Devanagari, but Marathi: undetermined.
        ("संरक्षण मंत्र्यांनी आज बैठक घेतली आणि चर्चा केली आहे.", "und"),
        ("Министр обороны встретился с коллегой.", "und"),
        ("12345 !!!", "und"),
        ("", "und"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected
