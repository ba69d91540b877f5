"""Which sentences of an article could name someone or something new: the others need no tagging.

The pipeline reads the tagger's spans only where nothing else has read a name (``tagged.py``): a
proposal that overlaps a name the gazetteer found is dropped. So a sentence whose every word that
could be part of a new name lies inside such a name gives the pipeline nothing, and tagging it is
time spent for nothing. A word "could be part of a new name" when:

* English: it begins with a capital letter and is not the sentence's first token, unless it is
  in capitals ("NATO"): a person the pipeline accepts has two capitalised words, so one of them
  is not the first, and a one-word body at a sentence's start counts only as an acronym;
* Hindi (no capitals): it is a word of letters with no digit that is not one of the language's
  common words — words seen at least ``MIN_COMMON_COUNT`` times in the training data and
  outside any name in at least ``MIN_COMMON_SHARE`` of them ("में", "कहा", "सरकार"), listed in the
  model's lexicon (``Lexicon.common``).

A sentence is tagged when it has such a word outside the spans the caller already knows. The
tags of a sentence that is tagged do not depend on which others are: features look at the
sentence and, for English, at the whole document's tokens, which are always all read.
"""

MIN_COMMON_COUNT = 5
MIN_COMMON_SHARE = 0.95


def merged(spans):
    """``spans`` (``(start, end)`` pairs, any order) as sorted, disjoint intervals."""
    result = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            if end > result[-1][1]:
                result[-1][1] = end
        else:
            result.append([start, end])
    return result


# How a word may take part in a new name (``CandidateWords``).
NEVER, NOT_FIRST, ALWAYS = 0, 1, 2
_CACHE_LIMIT = 100_000


class CandidateWords:
    """Whether a word could be part of a new name (see the module's docstring), memoised per word:
    ``NEVER``; ``NOT_FIRST`` (a capitalised English word: not as a sentence's first token);
    ``ALWAYS`` (an English acronym, a Hindi word that is not common)."""

    def __init__(self, cased, common, fold):
        self.cased = cased
        self.common = frozenset(common)
        self.fold = fold
        self._kinds = {}

    def __call__(self, word):
        kind = self._kinds.get(word)
        if kind is None:
            if len(self._kinds) >= _CACHE_LIMIT:
                self._kinds.clear()
            kind = self._kinds[word] = self._kind(word)
        return kind

    def _kind(self, word):
        if self.cased:
            if not word[:1].isupper():
                return NEVER
            return ALWAYS if len(word) > 1 and word.isupper() else NOT_FIRST
        if not word[:1].isalpha() or any(char.isdigit() for char in word) or self.fold(word) in self.common:
            return NEVER
        return ALWAYS


def sentences_to_tag(sentences, known, candidates):
    """For each sentence (a list of ``Token``), whether it has a word that could be part of a new
    name (``candidates``: a ``CandidateWords``) outside the ``known`` character spans."""
    intervals = merged(known)
    position = 0
    count = len(intervals)
    result = []
    for tokens in sentences:
        wanted = False
        for index, token in enumerate(tokens):
            kind = candidates(token.text)
            if kind == NEVER or (kind == NOT_FIRST and index == 0):
                continue
            while position < count and intervals[position][1] <= token.start:
                position += 1
            if position < count and intervals[position][0] < token.end:
                continue  # inside (or overlapping) a name already read
            wanted = True
            break
        result.append(wanted)
    return result
