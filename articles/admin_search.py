"""Searching articles from the admin: title and body, on any database.

PostgreSQL matches words (and word prefixes) with full-text search on the
stored column ``admin_search_document`` (``to_tsvector('simple', title || ' '
|| body)``, added with its GIN index by migration ``0003_issue4_admin_desk``);
the 'simple' configuration lowercases and does not stem, so it treats
English and Hindi alike. A million articles answer in milliseconds, where
``icontains`` would read the whole table. SQLite (small archives) keeps
Django's ``icontains`` on title or body, every word required.
"""

import re
import unicodedata

from django.db import connections
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

# Not a model field: PostgreSQL computes it (GENERATED ALWAYS … STORED).
DOCUMENT = '"articles_article"."admin_search_document"'

# What separates search words: spaces and the characters tsquery syntax gives
# a meaning to, plus the danda that ends Hindi sentences.
_SEPARATORS = re.compile(r"[\s'\"()&|!:*<>\\,;.?।]+")


def search_words(term):
    return [word for word in _SEPARATORS.split(unicodedata.normalize("NFC", term)) if word]


def prefix_tsquery(words):
    """``'first':* & 'second':*``: every word, as a word or the start of one."""
    return " & ".join(f"'{word}':*" for word in words)


def search_articles(queryset, term):
    """Articles of ``queryset`` whose title or body has every word of ``term``."""
    words = search_words(term)
    if not words:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        match = RawSQL(
            f"{DOCUMENT} @@ to_tsquery('simple'::regconfig, %s)",
            [prefix_tsquery(words)],
            output_field=BooleanField(),
        )
        return queryset.filter(match)
    for word in words:
        queryset = queryset.filter(Q(title__icontains=word) | Q(body__icontains=word))
    return queryset
