"""Who said it is no one's meeting: the source named at the end of a sentence.

Wire copy ends its sentences with their source: "Nawaz Sharif telephoned Narendra Modi on Friday,
adviser Sartaj Aziz said."; "Qin Gang will hold talks with Bilawal Bhutto Zardari, foreign ministry
spokesperson Mao Ning said on Thursday." The adviser and the spokesperson are no participants: a
person after a comma, with a reporting verb right after the name (``ATTRIBUTION_VERBS_AFTER``) and
nothing after it but a few words of no clause of their own (``ATTRIBUTION_CLAUSE_WORDS``: "…, X told
reporters that …" is X's own clause), ends the list of those met.
"""

import re

from .rules import lower_word_after

_LONGEST_CLOSE = 40  # "… said in a statement on Thursday."


def is_attribution(document, position, item):
    """Is ``item`` (a person or a title after ``position``, the end of the list so far) the sentence's
    source: a comma between them, a reporting verb right after it?"""
    verbs = document.rules.module.ATTRIBUTION_VERBS_AFTER
    if not verbs or "," not in document.text[position : item.start]:
        return False
    verb = lower_word_after(document.text, item.end)
    if verb not in verbs:
        return False
    # It closes the sentence: "…, adviser X said on Friday." — not "…, X told reporters that …" (X's own clause).
    sentence = document.sentence_at(item.start)
    verb_end = document.text.index(verb, item.end) + len(verb)
    rest = document.text[verb_end : sentence.end if sentence else len(document.text)]
    words = set(re.findall(r"[a-z]+", rest))
    return len(rest) <= _LONGEST_CLOSE and not words & document.rules.module.ATTRIBUTION_CLAUSE_WORDS
