"""A social network named as the medium of a statement is not a body the story names.

"Singh said on Twitter", "took to X", "ट्विटर पर लिखा": the network is how the words were
published, like a telephone; "Twitter suspended the account" names the company. A mention of a
known social network with the language's medium words right before it (``MEDIUM_BEFORE``,
English) or right after it (``MEDIUM_AFTER``, Hindi postpositions) is dropped.
"""

import functools
import re

from .gazetteer import ORGANISATION

SOCIAL_NETWORKS = frozenset({"Twitter", "X", "Facebook", "Instagram", "YouTube", "WhatsApp", "Telegram", "LinkedIn", "Koo"})
# How far before or after a mention the medium words are looked for.
_WINDOW = 30


@functools.cache
def _patterns(before, after):
    return (re.compile(before, re.IGNORECASE) if before else None, re.compile(after) if after else None)


def is_statement_medium(document, match):
    fact = document.gazetteer.organisations.get(match.entity_id)
    if fact is None or fact.name not in SOCIAL_NETWORKS:
        return False
    module, text = document.rules.module, document.text
    before, after = _patterns(module.MEDIUM_BEFORE, module.MEDIUM_AFTER)
    return bool(
        (before is not None and before.search(text[max(0, match.start - _WINDOW) : match.start]))
        or (after is not None and after.match(text[match.end : match.end + _WINDOW]))
    )


# A link or an embed's address ("pic.twitter.com/…", "https://t.co/…", "www.ndtv.com"): nothing in it is named.
_LINK = re.compile(r"(?:https?://|www\.|pic\.)\S+|\b[\w-]+\.(?:com|in|org|net|co|gov|io)(?:/\S*)?\b", re.IGNORECASE)


def inside_a_link(text, start, end):
    """Is ``text[start:end]`` part of a web address ("pic.twitter.com/Bw1A…")?"""
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    if before not in (".", "/") and after not in (".", "/"):
        return False  # a name in a link touches its dots or slashes; most names touch neither
    line_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    for link in _LINK.finditer(text, line_start, min(len(text), end + 200)):
        if link.start() <= start and end <= link.end():
            return True
        if link.start() > end:
            break
    return False


def drop_statement_media(document, mentions):
    """``mentions`` without the social networks named only as the medium of a statement, and without names
    read inside a web address."""
    text = document.text
    return [
        m
        for m in mentions
        if not (m.kind == ORGANISATION and m.entity_id and is_statement_medium(document, m))
        and not inside_a_link(text, m.start, m.end)
    ]
