"""Finding people, organisations and places by a name typed in any script, misspelt or half typed.

The desk's autocompletes first search names and aliases as written (the
admin's search); when that leaves the first page short, ``FuzzyAliasIndex``
adds the records whose aliases *sound* like the term: every alias is spelt
in plain Latin letters and its words reduced to phonetic keys
(``articles.extraction.transliteration.name_keys``, the importer's
cross-script comparison), so "मैक्रों" finds "Emmanuel Macron" and "Macrn"
finds him too. Each typed word must match a word of one alias: equal, the
beginning of it (typing is unfinished), or close by rapidfuzz's ratio.

The index is built in memory from the alias table and rebuilt when the
table changes (its row count, highest id, latest historical record and its time:
two aggregate queries per lookup, and lookups happen only when the plain
search left the page short).
"""

import threading

from django.db.models import Count, Max
from rapidfuzz import fuzz, process

from articles.extraction.transliteration import name_keys

CUTOFF = 80  # rapidfuzz ratio (0–100) for a typed word to match an alias word …
SHORT_CUTOFFS = {4: 88, 5: 85}  # … stricter for short words ("stan" is not "San")
PREFIX_MIN = 3  # a typed word this long may match the beginning of a longer word


class FuzzyAliasIndex:
    def __init__(self, alias_model, owner_field):
        self.alias_model, self.owner_field = alias_model, owner_field
        self.signature = None
        self.words = {}  # phonetic key of a word -> {(entity id, alias id)}
        self.word_list = []
        self.lock = threading.Lock()

    def _signature(self):
        table = self.alias_model.objects.aggregate(n=Count("pk"), last=Max("pk"))
        history = self.alias_model.history.aggregate(last=Max("history_id"), when=Max("history_date"))
        return table["n"], table["last"], history["last"], history["when"]

    def _refresh(self):
        with self.lock:
            signature = self._signature()
            if signature == self.signature:
                return
            words = {}
            rows = self.alias_model.objects.values_list(f"{self.owner_field}_id", "pk", "name")
            for entity_id, alias_id, name in rows.iterator(chunk_size=5000):
                for key in name_keys(name):
                    words.setdefault(key, set()).add((entity_id, alias_id))
            self.words, self.word_list, self.signature = words, list(words), signature

    def _word_matches(self, typed):
        """{(entity id, alias id): score} of the aliases with a word like ``typed``."""
        found = {}
        cutoff = SHORT_CUTOFFS.get(min(len(typed), 4) if len(typed) <= 4 else len(typed), CUTOFF)
        matches = process.extract(typed, self.word_list, scorer=fuzz.ratio, score_cutoff=cutoff, limit=500)
        for word, score, _ in matches:
            for owner in self.words[word]:
                found[owner] = max(found.get(owner, 0), score)
        if len(typed) >= PREFIX_MIN:
            for word in self.word_list:
                if len(word) > len(typed) and word.startswith(typed):
                    for owner in self.words[word]:
                        found[owner] = max(found.get(owner, 0), 95)
        return found

    def lookup(self, term, limit=20):
        """Ids of the entities whose one alias matches every word of ``term``, best first."""
        keys = name_keys(term)
        if not keys:
            return []
        self._refresh()
        scores = None
        for key in keys:
            matched = self._word_matches(key)
            if scores is None:
                scores = {owner: [score] for owner, score in matched.items()}
            else:
                scores = {owner: [*scores[owner], matched[owner]] for owner in scores if owner in matched}
            if not scores:
                return []
        best = {}
        for (entity_id, _alias), values in scores.items():
            score = sum(values) / len(values)
            best[entity_id] = max(best.get(entity_id, 0), score)
        return [entity_id for entity_id, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]]


_INDEXES = {}


def fuzzy_ids(alias_model, owner_field, term, limit=20):
    """Ids of the records ``term`` may name, by the sound of their aliases in any script (see the module)."""
    index = _INDEXES.get(alias_model)
    if index is None:
        index = _INDEXES.setdefault(alias_model, FuzzyAliasIndex(alias_model, owner_field))
    return index.lookup(term, limit)
