"""Snippets and linked bodies: the matched words marked, and nothing else ever unescaped."""

from articles.search.body_links import NameLink, linked_body
from articles.search.constants import MARK_END, MARK_START
from articles.search.highlight import highlight, query_lexemes, snippet
from articles.search.query import parse_query

PAYLOADS = '<script>alert("x")</script> <img src=x onerror=alert(1)> "double" \'single\' & ampersand'


def lexemes(text, language="en"):
    return query_lexemes(parse_query(text).positive_terms, language)


def test_matched_words_are_marked_in_any_form():
    html = highlight("The ministers talked; talks went on.", lexemes("talks"), "en")
    assert html == "The ministers <mark>talked</mark>; <mark>talks</mark> went on."


def test_hindi_matches_are_marked_whole_with_their_nukta():
    html = highlight("दोनों मंत्रियों ने शेर अली मिर्ज़ा से बात की", lexemes("मंत्री मिर्जा", "hi"), "hi")
    assert html == "दोनों <mark>मंत्रियों</mark> ने शेर अली <mark>मिर्ज़ा</mark> से बात की"


def test_entity_surfaces_are_marked_as_written():
    html = highlight("रक्षा मंत्री राजनाथ सिंह ने कहा", frozenset(), "hi", surfaces=["राजनाथ सिंह"])
    assert html == "रक्षा मंत्री <mark>राजनाथ सिंह</mark> ने कहा"
    # Never inside a longer word.
    assert "<mark>" not in highlight("सिंहासन", frozenset(), "hi", surfaces=["सिंह"])


def test_markup_in_the_text_is_escaped_and_only_mark_tags_are_added():
    html = str(snippet(f"Talks began. {PAYLOADS} More talks.", lexemes("talks script alert"), "en"))
    assert "<script" not in html and "<img" not in html
    assert "&lt;<mark>script</mark>&gt;<mark>alert</mark>(&quot;x&quot;)" in html
    assert "&lt;img src=x onerror=<mark>alert</mark>(1)&gt;" in html
    assert "&quot;double&quot;" in html and "&#x27;single&#x27;" in html and "&amp; ampersand" in html
    assert html.count("<mark>") == html.count("</mark>") == 6
    assert html.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_marker_characters_in_the_text_cannot_forge_tags():
    forged = f"{MARK_END}{MARK_START}<b>bold</b>{MARK_END} talks"
    html = str(snippet(forged, lexemes("talks"), "en"))
    assert html == "&lt;b&gt;bold&lt;/b&gt; <mark>talks</mark>"


def test_a_snippet_is_cut_around_the_matches_at_word_boundaries():
    text = (
        " ".join(f"filler{n}" for n in range(200))
        + " the decisive talks were held "
        + " ".join(f"tail{n}" for n in range(200))
    )
    html = str(snippet(text, lexemes("talks"), "en", length=120))
    assert html.startswith("…filler") and html.endswith("…")
    assert "<mark>talks</mark>" in html
    assert len(html) < 200
    words = html.strip("…").replace("<mark>", "").replace("</mark>", "").split()
    assert all(
        word.startswith(("filler", "tail")) or word in {"the", "decisive", "talks", "were", "held"}
        for word in words[1:-1]
    )


def test_a_snippet_without_matches_is_the_start_of_the_text():
    assert str(snippet("One two three.", frozenset(), "en")) == "One two three."


def test_linked_bodies_escape_everything_but_their_links():
    body = f"Rajnath Singh met <script>evil()</script> Sherali.\n\nSingh said {PAYLOADS}."
    links = [
        NameLink("Rajnath Singh", "/people/rajnath-singh/", "Rajnath Singh", "person"),
        NameLink("Singh", "/people/rajnath-singh/", 'Rajnath "Raj" Singh', "person"),
        NameLink("<script>", "/people/x/", "x", "person"),
    ]
    html = str(linked_body(body, links))
    assert html.count("<p>") == 2
    assert (
        '<a class="name name-person" href="/people/rajnath-singh/" title="Rajnath Singh">Rajnath Singh</a>'
        in html
    )
    assert 'title="Rajnath &quot;Raj&quot; Singh">Singh</a> said' in html
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;evil()&lt;/script&gt;" in html
