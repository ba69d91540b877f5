"""A legislature named in an election's name is the election's, not a mention of the body.

"The 2019 Lok Sabha elections", "Assembly polls", "230 Assembly seats", "लोकसभा चुनाव", "राज्य सभा
के चुनाव", "विधानसभा उपचुनाव": news names elections by the house they fill, and a reader of the
story about a campaign does not learn that the Lok Sabha did anything. A legislature (a known body
of kind ``legislature`` or a new one with a legislature's head, "Gujarat Assembly") whose name is
followed by an election word (``ELECTION_WORDS_AFTER``) is not mentioned there; a new one named
only so is not created (``pipeline``).
"""

from .gazetteer import ORGANISATION

LEGISLATURE = "legislature"


def _is_legislature(document, match, new_kinds):
    if match.entity_id is None:
        return False
    if match.entity_id < 0:
        return new_kinds.get(match.entity_id) == LEGISLATURE
    fact = document.gazetteer.organisations.get(match.entity_id)
    return fact is not None and fact.kind == LEGISLATURE


def drop_election_names(document, mentions, finds=()):
    """``mentions`` without the legislatures named only inside an election's name."""
    pattern = document.rules.election_after
    if pattern is None:
        return mentions
    new_kinds = {f.key: f.kind for f in finds if f.organisation_id is None}
    text = document.text
    return [
        m
        for m in mentions
        if not (m.kind == ORGANISATION and _is_legislature(document, m, new_kinds) and pattern.match(text, m.end))
    ]
