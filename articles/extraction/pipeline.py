"""The extraction pipeline: cleaned body in, mentions out. No database access."""

from dataclasses import dataclass, field

from .coreference import resolve_short_mentions
from .gazetteer import Match
from .sentences import Sentence, split_sentences


@dataclass
class Extraction:
    """What the pipeline found in one article."""

    language: str
    sentences: list[Sentence]
    mentions: list[Match] = field(default_factory=list)
    ambiguous: list[Match] = field(default_factory=list)

    def entity_ids(self, kind):
        return {m.entity_id for m in self.mentions if m.kind == kind}


def disambiguate(matches):
    """Settle names shared by several entities of one kind, or set them aside.

    A shared name means the candidate the article also names unambiguously
    ("Singh" after "Rajnath Singh"); otherwise it is left for an editor.
    """
    sure = {(m.kind, m.entity_id) for m in matches if m.entity_id is not None}
    resolved, ambiguous = [], []
    for m in matches:
        if m.entity_id is not None:
            resolved.append(m)
            continue
        known = [c for c in m.candidates if (m.kind, c) in sure]
        if len(known) == 1:
            resolved.append(Match(m.kind, (known[0],), m.start, m.end, m.surface))
        else:
            ambiguous.append(m)
    return resolved, ambiguous


def extract(body, language, gazetteer):
    """Run every stage on an article's cleaned body."""
    sentences = split_sentences(body, language)
    matches, ambiguous = disambiguate(gazetteer.find(body))
    mentions = resolve_short_mentions(body, matches, gazetteer)
    return Extraction(language=language, sentences=sentences, mentions=mentions, ambiguous=ambiguous)
