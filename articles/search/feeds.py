"""The Atom feed of a search: its newest matching articles (``format=atom``)."""

import datetime
import re

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.xmlutils import SimplerXMLGenerator

from ..models import Article
from .constants import FEED_ITEMS, SORT_ADDED, SORT_OLDEST, SORT_RELEVANCE
from .links import removing

SUMMARY_CHARS = 400
# Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/U+FFFF).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value):
    """``value`` without the characters XML 1.0 cannot hold."""
    return NOT_XML.sub("", value) if isinstance(value, str) else value


class XMLSafeGenerator(SimplerXMLGenerator):
    """Writes text and attributes without the characters XML cannot hold, instead of failing on them.

    A query typed with a terminal's colour codes (``q=%1B%5B31m``) or an
    article that kept a control character is still a valid feed.
    """

    def characters(self, content):
        super().characters(xml_text(content))

    def startElement(self, name, attrs):
        super().startElement(name, {key: xml_text(value) for key, value in attrs.items()})


class XMLSafeAtom1Feed(Atom1Feed):
    def write(self, outfile, encoding):
        handler = XMLSafeGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


def describe(filterset):
    """A short title for a search: its query and filters."""
    parts = []
    if filterset.query:
        parts.append(f"“{filterset.query.text}”")
    for name in ("person", "organisation", "meeting", "place", "tag"):
        parts.extend(str(item) for item in filterset.selected(name))
    parts.extend(filterset.selected("language"))
    start, end = filterset.cleaned.get("date_from"), filterset.cleaned.get("date_to")
    if start or end:
        parts.append(f"{start or '…'} to {end or '…'}")
    if filterset.cleaned.get("undated"):
        parts.append("undated")
    return ", ".join(parts) or "all articles"


class SearchFeed(Feed):
    """Needs a valid filterset: ``SearchFeed(filterset)(request)``."""

    feed_type = XMLSafeAtom1Feed

    def __init__(self, filterset):
        super().__init__()
        self.filterset = filterset

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.filterset

    def title(self, filterset):
        return f"Newsroom archive: {describe(filterset)}"

    def sort(self, filterset):
        """The feed's order: the search's ``sort`` when given, else most recently added first, so an
        old article imported today appears."""
        return filterset.cleaned.get("sort") or SORT_ADDED

    def subtitle(self, filterset):
        if self.sort(filterset) == SORT_ADDED:
            return "The articles matching this search most recently added to the archive."
        return "The articles matching this search, in the search's order."

    def link(self, filterset):
        return "/search/" + removing(self.request.GET, "format").rstrip("?")

    def feed_url(self, filterset):
        return self.request.get_full_path()

    def items(self, filterset):
        sort = self.sort(filterset)
        articles = filterset.qs.defer("source_text")
        if sort == SORT_ADDED:
            return list(articles.recently_added_first()[:FEED_ITEMS])
        if sort == SORT_OLDEST:
            return list(articles.oldest_first()[:FEED_ITEMS])
        if sort == SORT_RELEVANCE and filterset.query:
            from .results import Search

            ids = Search(filterset).ordered_ids(0, FEED_ITEMS)
            by_id = Article.objects.defer("source_text").in_bulk(ids)
            return [by_id[pk] for pk in ids if pk in by_id]
        return list(articles.newest_first()[:FEED_ITEMS])

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        text = " ".join(article.body[:SUMMARY_CHARS].split())
        if len(article.body) > SUMMARY_CHARS:
            text += " …"
        return escape(text)

    def item_link(self, article):
        return article.get_absolute_url()

    def item_pubdate(self, article):
        if article.published is None:
            return None
        return datetime.datetime.combine(article.published, datetime.time(), tzinfo=datetime.timezone.utc)

    def item_updateddate(self, article):
        return article.updated_at

    def item_categories(self, article):
        return [article.get_language_display()]
