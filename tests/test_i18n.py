"""The public site in Hindi (issue 11): Accept-Language, the language switch, a complete catalogue."""

import re
from pathlib import Path

from django.test import SimpleTestCase, TestCase
from django.utils import translation
from search_archive import build_small_archive

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "hi" / "LC_MESSAGES"
UNTRANSLATED = {"format=json"}  # the same in every language


def msgids(po_text):
    """The msgids of a .po file (the header's empty one left out)."""
    found = []
    for block in po_text.split("\n\n"):
        match = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        if match:
            text = "".join(re.findall(r'"(.*)"', match.group(1)))
            if text:
                found.append(text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
    return found


class CatalogueTests(SimpleTestCase):
    def test_every_message_has_a_compiled_hindi_translation(self):
        po = (CATALOGUE / "django.po").read_text(encoding="utf-8")
        self.assertNotIn("#, fuzzy", po)
        self.assertTrue((CATALOGUE / "django.mo").exists())
        ids = msgids(po)
        self.assertGreater(len(ids), 150)
        with translation.override("hi"):
            missing = [text for text in ids if translation.gettext(text) == text and text not in UNTRANSLATED
                       and "%(" not in text]
        # A message the .mo lacks is one the .po gained after the last compilemessages.
        self.assertEqual(missing, [])


class HindiPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()

    def test_accept_language_hi_gives_the_hindi_interface(self):
        page = self.client.get("/", HTTP_ACCEPT_LANGUAGE="hi").content.decode()
        self.assertIn('<html lang="hi">', page)
        self.assertIn("संग्रह में खोजें", page)  # Search the archive
        self.assertIn("फ़िल्टर", page)  # Filters
        english = self.client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
        self.assertIn('<html lang="en">', english)
        self.assertIn("Search the archive", english)

    def test_every_public_page_kind_speaks_hindi(self):
        for url, words in (
            ("/people/rajnath-singh/", "पद"),
            ("/organisations/", "संगठन"),
            ("/meetings/", "बैठकें"),
            ("/places/", "स्थान"),
            ("/tags/", "टैग"),
            (f"/articles/{self.archive.articles['a1'].pk}/", "इस लेख के बारे में"),
            ("/search/facets/person/", "इन परिणामों में"),
        ):
            with self.subTest(url):
                page = self.client.get(url, HTTP_ACCEPT_LANGUAGE="hi").content.decode()
                self.assertIn(words, page)

    def test_the_language_switch_sets_the_language(self):
        response = self.client.post("/i18n/setlang/", {"language": "hi", "next": "/people/"})
        self.assertRedirects(response, "/people/", fetch_redirect_response=False)
        page = self.client.get("/people/").content.decode()
        self.assertIn('<html lang="hi">', page)
        self.assertIn('value="en" lang="en" aria-describedby="language-switch-label" aria-pressed="false">English</button>', page)
        self.assertIn('value="hi" lang="hi" aria-describedby="language-switch-label" aria-pressed="true">हिंदी</button>', page)

    def test_names_follow_the_script_of_the_query(self):
        data = self.client.get("/search/", {"q": "राजनाथ सिंह"}).content.decode()
        self.assertIn('lang="hi" rel="nofollow">राजनाथ सिंह</a>', data)
        latin = self.client.get("/search/", {"q": "Rajnath Singh"}).content.decode()
        self.assertIn('lang="en" rel="nofollow">Rajnath Singh</a>', latin)
