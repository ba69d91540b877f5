"""Is this name another spelling of a name the archive knows? Cross-script, fuzzy, cautious.

Two names are compared word by word on their phonetic keys
(``transliteration.name_keys``), so that Devanagari and Latin spellings meet
in one alphabet. Words are aligned in order; when one name has more words,
adjacent words of the longer one may be joined ("शेर अली" ~ "Sherali").
Each pair of words is scored with ``rapidfuzz``'s normalised Indel
similarity (0–100):

* **strong**: equal keys, or a score of at least ``STRONG`` (or
  ``STRONG_SAME_CONSONANTS`` when both words have the same consonants,
  Viktor/विक्टर → viktor/viktar);
* **weak**: a score of at least ``WEAK``, the same consonants in words whose
  vowels differ too much for a score (Jake/जेक), or an initial matching a word
  ("S." ~ "Subrahmanyam");
* otherwise no match.

The verdict is **same** only when *every* word pair is strong: two names are
never merged because they share a first name or a surname ("Arjun Mehta" and
"Karan Mehta" are different people). When every pair matches but some only
weakly, or one name's words are all found in a longer name, the verdict is
**unsure**: the importer keeps both records and flags the pair for an editor.
"""

import itertools
from dataclasses import dataclass

from people.names import normalize_name
from rapidfuzz import fuzz

from .transliteration import name_keys, skeleton

SAME = "same"
UNSURE = "unsure"
DIFFERENT = "different"
_RANK = {SAME: 2, UNSURE: 1, DIFFERENT: 0}

STRONG = 85
STRONG_SAME_CONSONANTS = 70
WEAK = 65
MAX_WORDS = 6


@dataclass(frozen=True)
class Comparison:
    verdict: str
    score: float

    def __lt__(self, other):
        return (_RANK[self.verdict], self.score) < (_RANK[other.verdict], other.score)


DIFFERENT_NAMES = Comparison(DIFFERENT, 0.0)


def compare_words(first, second):
    """``(score, strength)`` of two phonetic keys; strength is strong, weak or none."""
    if first == second:
        return 100.0, "strong"
    if len(first) == 1 or len(second) == 1:
        return (60.0, "weak") if first[0] == second[0] else (0.0, "none")
    score = fuzz.ratio(first, second)
    if score >= STRONG or (score >= STRONG_SAME_CONSONANTS and skeleton(first) == skeleton(second)):
        return score, "strong"
    if score >= WEAK:
        return score, "weak"
    if len(skeleton(first)) >= 2 and skeleton(first) == skeleton(second):
        # Short words whose vowels are all that differ (Jake/जेक → jake/jek): perhaps the same word,
        # never surely — Jake and Jack share their consonants too.
        return float(WEAK), "weak"
    return score, "none"


def _groupings(words, count):
    """Ways to join adjacent ``words`` into ``count`` groups, in order. An initial is never joined to another
    word: "R. C. P. Singh" is not "R K Psingh" (so not "R K Singh")."""
    if count == len(words):
        yield tuple(words)
        return
    for cuts in itertools.combinations(range(1, len(words)), count - 1):
        bounds = (0, *cuts, len(words))
        groups = [words[bounds[i] : bounds[i + 1]] for i in range(count)]
        if any(len(group) > 1 and any(len(word) == 1 for word in group) for group in groups):
            continue
        yield tuple("".join(group) for group in groups)


def _compare_aligned(first, second):
    results = [compare_words(a, b) for a, b in zip(first, second)]
    score = sum(score for score, _ in results) / len(results)
    strengths = {strength for _, strength in results}
    if strengths == {"strong"}:
        return Comparison(SAME, score)
    if "none" not in strengths:
        return Comparison(UNSURE, score)
    return Comparison(DIFFERENT, score)


def compare_keys(first, second):
    """Compare two names given as tuples of phonetic keys."""
    if not first or not second or len(first) > MAX_WORDS or len(second) > MAX_WORDS:
        return DIFFERENT_NAMES
    shorter, longer = sorted((first, second), key=len)
    best = DIFFERENT_NAMES
    for grouped in _groupings(longer, len(shorter)):
        aligned = _compare_aligned(shorter, grouped)
        if len(shorter) != len(longer) and aligned.verdict != SAME:
            continue  # joined words must match surely ("शेर अली" ~ "Sherali"), or not at all
        best = max(best, aligned)
    if best.verdict == DIFFERENT and len(shorter) >= 2 and len(shorter) < len(longer):
        # "Mohammed Salman" inside "Mohammed bin Salman": perhaps, never surely.
        for picked in itertools.combinations(longer, len(shorter)):
            aligned = _compare_aligned(shorter, picked)
            if aligned.verdict == SAME:
                return Comparison(UNSURE, aligned.score * 0.9)
    return best


def compare_names(first, second):
    """Compare two names written in any script."""
    return compare_keys(name_keys(first), name_keys(second))


# A fuller name in the same article may add this many middle names or initials.
MAX_MIDDLE_WORDS = 2


def one_person_in_one_article(first, second):
    """Are two new names one article gives surely one person? When they are the same name (``compare_names``),
    and also when the longer only adds middle names between the same first and last words ("Pratibha Patil",
    "Pratibha Devisingh Patil"): across articles that is unsure (``compare_keys``), inside one story it is
    how reporters shorten a name they gave in full."""
    if compare_names(first, second).verdict == SAME:
        return True
    shorter, longer = sorted((name_keys(first), name_keys(second)), key=len)
    if len(shorter) != 2 or not 3 <= len(longer) <= 2 + MAX_MIDDLE_WORDS or min(map(len, shorter)) < 2:
        return False
    return all(compare_words(a, b)[1] == "strong" for a, b in ((shorter[0], longer[0]), (shorter[-1], longer[-1])))


class NameIndex:
    """Finds the known entities whose names another name may be a spelling of.

    Names are blocked by the consonant skeleton of the whole name and of each
    word, so that a lookup compares a handful of names, not thousands. The
    index follows its gazetteer: aliases added (or rolled back) there are
    added (or removed) here.
    """

    def __init__(self, gazetteer, kind):
        self.gazetteer = gazetteer
        self.kind = kind
        self._blocks = None  # blocking key -> {(entity_id, normalised name)}
        gazetteer.subscribe(self._changed)

    @staticmethod
    def _blocking_keys(keys):
        found = {"".join(skeleton(key) for key in keys)}
        found.update(skeleton(key) for key in keys if len(skeleton(key)) >= 2)
        found.discard("")
        return found

    @classmethod
    def blocking_keys_of(cls, name):
        """The blocking keys of a name as written, in any script."""
        return cls._blocking_keys(name_keys(name))

    def _build(self):
        self._blocks = {}
        for entity_id in self.gazetteer.entities(self.kind):
            for normalized in self.gazetteer.names_of(self.kind, entity_id):
                self._index(entity_id, normalized, True)

    def _index(self, entity_id, normalized, added):
        if added and self._only_an_acronym(entity_id, normalized):
            return  # "PHDCCI" is matched as written, never as a spelling of "FedEx"
        for block in self._blocking_keys(name_keys(normalized)):
            members = self._blocks.setdefault(block, set())
            if added:
                members.add((entity_id, normalized))
            else:
                members.discard((entity_id, normalized))

    def _only_an_acronym(self, entity_id, normalized):
        """Is every written form of this name an acronym in capitals? Those are read only as written (the
        gazetteer's automaton), as an acronym the archive does not know is a body new to it."""
        from .gazetteer import is_acronym

        written = [
            w for w in self.gazetteer.written_names_of(self.kind, entity_id)
            if normalize_name(w) == normalized
        ]
        return bool(written) and all(is_acronym(w) for w in written)

    def _changed(self, kind, entity_id, normalized, added):
        if kind == self.kind and self._blocks is not None:
            self._index(entity_id, normalized, added)

    def compare(self, name):
        """``[(entity_id, Comparison)]`` for every candidate entity, best first (DIFFERENT ones left out)."""
        if self._blocks is None:
            self._build()
        keys = name_keys(name)
        if not keys:
            return []
        best = {}
        joined = "".join(keys)
        seen = set()
        for block in self._blocking_keys(keys):
            for entity_id, normalized in self._blocks.get(block, ()):
                if (entity_id, normalized) in seen:
                    continue
                seen.add((entity_id, normalized))
                other = name_keys(normalized)
                # A cheap first look: names whose letters and last words are mostly different are different.
                if not fuzz.ratio(joined, "".join(other), score_cutoff=WEAK) and not fuzz.ratio(
                    keys[-1], other[-1], score_cutoff=WEAK
                ):
                    continue
                comparison = compare_keys(keys, other)
                if comparison.verdict != DIFFERENT and (entity_id not in best or best[entity_id] < comparison):
                    best[entity_id] = comparison
        return sorted(best.items(), key=lambda item: item[1], reverse=True)


def resolve(comparisons):
    """From ``NameIndex.compare``'s answer: ``(entity_id or None, [unsure entity ids])``.

    A name is the known entity only when exactly one entity is surely the
    same; otherwise every candidate that is the same or perhaps the same is
    returned for an editor to look at.
    """
    same = [entity_id for entity_id, c in comparisons if c.verdict == SAME]
    if len(same) == 1:
        return same[0], []
    return None, [entity_id for entity_id, _ in comparisons]
