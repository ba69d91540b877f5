"""Features of tokens for the CRF: pure functions of the words, the sentence and the document.

A token's features are byte strings (what CRFsuite reads without re-encoding), made of:

* the word's own features: the lower-cased word, its shape ("Xx", "X.X.", "dd-dd"), prefixes and
  suffixes, capitalisation and digit flags, and the lexicon classes it belongs to (``lexicon``);
* its neighbours' (±1, ±2): their words, shapes and lexicon classes, and the word bigrams around it;
* its position: first or last in the sentence, and whether the sentence is a headline in capitals;
* for English, the document's (label-independent) evidence about the word: how it is written where
  case tells nothing of a name (mid-sentence, outside headlines), whether it occurs inside a longer
  run of capitalised words elsewhere and where in that run, and whether such a run follows a title
  or an honorific ("Mr", "President").

The features of one word are computed once per extractor (``FeatureExtractor`` keeps them in a
dictionary), so a sentence's features are mostly tuple concatenations.
"""

import functools
import unicodedata

from .lexicon import fold_word

OFFSETS = (-2, -1, 1, 2)
_BOS = (b"BOS",)
_CASE_FEATURES = {case: f"dc={case}".encode() for case in "NULTM"}
_RUN_POSITION_FEATURES = {position: f"dr={position}".encode() for position in ("first", "mid", "last")}
_EOS = (b"EOS",)
_CACHE_LIMIT = 300_000


def shape(word, limit=None):
    """The word's shape: ``X`` upper, ``x`` lower, ``d`` digit, other characters kept; runs collapsed
    in the short form (``limit=None``), kept up to ``limit`` characters in the long one."""
    chars = []
    for char in word:
        if char.isupper():
            kind = "X"
        elif char.isdigit():
            kind = "d"
        elif char.isalpha():
            kind = "x"
        elif unicodedata.category(char)[0] == "M":
            kind = "x"  # a vowel sign or virama belongs to its letter
        else:
            kind = char
        if limit is None:
            if not chars or chars[-1] != kind:
                chars.append(kind)
        else:
            chars.append(kind)
            if len(chars) >= limit:
                break
    return "".join(chars)


def is_devanagari(word):
    return "\u0900" <= word[0] <= "\u097f"


def _case_class(word):
    if not word[:1].isalpha():
        return "N"
    if word.isupper():
        return "U" if len(word) > 1 else "T"
    if word[0].isupper():
        return "T"
    if word.islower():
        return "L"
    return "M"


class FeatureExtractor:
    """Features for one language with one lexicon; memoises each word's features."""

    def __init__(self, language, lexicon, known=None):
        # known: the attributes a trained model has weights for (bytes), or None while training. A
        # feature the model does not know adds nothing to a score, so it is dropped early, once per word.
        self.known = known
        self.language = language
        self.lexicon = lexicon
        self.cased = language == "en"
        self._words = {}
        self._pairs = {}
        title_like = {"title", "honorific", "rank"}
        self._function_words = frozenset(
            word.encode() for word, classes in lexicon.words.items() if "function" in classes
        )
        self._title_words = frozenset(
            word for word, classes in lexicon.words.items() if title_like.intersection(classes)
        )

    # --- one word ----------------------------------------------------------------------

    def word_parts(self, word):
        """``(own, {offset: features}, folded word, short shape, folded word as str, case class)`` for a
        word (features as bytes), memoised."""
        parts = self._words.get(word)
        if parts is None:
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            parts = self._words[word] = self._compute_parts(word)
        return parts

    def _compute_parts(self, word):
        lower = fold_word(word)
        short = shape(word)
        classes = self.lexicon.classes_of_word(lower)
        if self.cased:
            own = self._english_own(word, lower, short, classes)
        else:
            own = self._hindi_own(word, lower, short, classes)
        neighbour = [f"w={lower}", f"s={short}", *(f"c={name}" for name in classes)]
        if not self.cased:
            neighbour.append(f"x2={lower[-2:]}")
        elif word[:1].isupper():
            neighbour.append("T")
        neighbours = {
            offset: self._known(f"{offset}{feature}".encode() for feature in neighbour) for offset in OFFSETS
        }
        return (
            self._known(feature.encode() for feature in own),
            neighbours,
            lower.encode(),
            short.encode(),
            lower,
            _case_class(word),
        )

    def _known(self, features):
        if self.known is None:
            return tuple(features)
        return tuple(feature for feature in features if feature in self.known)

    def _english_own(self, word, lower, short, classes):
        features = ["b", f"w={lower}", f"s={short}", f"S={shape(word, 8)}", f"len={min(len(word), 8)}"]
        for size in (1, 2, 3, 4):
            if len(lower) > size:
                features.append(f"p{size}={lower[:size]}")
                features.append(f"x{size}={lower[-size:]}")
        case = _case_class(word)
        features.append(f"case={case}")
        if any(char.isdigit() for char in word):
            features.append("digit")
        if "-" in word:
            features.append("hyphen")
            head, _, tail = lower.rpartition("-")
            features.append(f"tail={tail}")
        if "." in word and len(word) > 1:
            features.append("dot")
        if case in ("T", "U"):
            features.append(f"W={word}")
        features.extend(f"c={name}" for name in classes)
        return features

    def _hindi_own(self, word, lower, short, classes):
        features = ["b", f"w={lower}", f"len={min(len(word), 10)}"]
        for size in (1, 2, 3):
            if len(lower) > size:
                features.append(f"p{size}={lower[:size]}")
        for size in (1, 2, 3, 4):
            if len(lower) > size:
                features.append(f"x{size}={lower[-size:]}")
        if len(lower) > 4:
            features.extend(f"g3={lower[index:index + 3]}" for index in range(1, len(lower) - 3))
        if not is_devanagari(word):
            features.append(f"s={short}")
            if word[:1].isalpha():
                features.append("latin")
                features.append(f"case={_case_class(word)}")
        if any(char.isdigit() for char in word):
            features.append("digit")
        features.extend(f"c={name}" for name in classes)
        if is_devanagari(word):
            features.extend(f"x{kind}={label}" for kind, label in self.lexicon.cross_script_labels(word))
        return features

    # --- a document --------------------------------------------------------------------

    def document_features(self, sentences, wanted=None):
        """The features of every token of a document (a list of sentences, each a list of words); with
        ``wanted`` (a bool per sentence), only of the sentences wanted, None for the others. The
        document's evidence is read from every sentence either way."""
        context = self._document_context(sentences) if self.cased else None
        if wanted is None:
            return [self.sentence_features(words, context) for words in sentences]
        return [
            self.sentence_features(words, context) if want else None for words, want in zip(sentences, wanted)
        ]

    def sentence_features(self, words, context=None):
        """The features of every token of one sentence (``context``: from ``_document_context``)."""
        count = len(words)
        if not count:
            return []
        parts = [self.word_parts(word) for word in words]
        lowers = [part[2] for part in parts]
        shapes = [part[3] for part in parts]
        neighbours = [part[1] for part in parts]
        # The neighbours' features at each offset, lined up with the tokens (BOS/EOS past the ends).
        left2 = ([(), _BOS] + [features[-2] for features in neighbours[: count - 2]])[:count]
        left1 = [_BOS] + [features[-1] for features in neighbours[: count - 1]]
        right1 = [features[1] for features in neighbours[1:]] + [_EOS]
        right2 = [features[2] for features in neighbours[2:]] + ([_EOS] if count >= 2 else []) + [()]
        left_shapes = [b"BOS|"] + [shape + b"|" for shape in shapes[:-1]]
        right_shapes = [b"|" + shape for shape in shapes[1:]] + [b"|EOS"]
        phrases = self.lexicon.phrase_classes([part[4] for part in parts]) if self.lexicon.starts else None
        headline = self.cased and _is_headline(words)
        runs = _run_features(words, lowers, self._function_words) if self.cased and not headline else None
        known = self.known
        pair = self._pair
        result = []
        for index in range(count):
            lower = lowers[index]
            # (In this order, the order the committed models were trained with.)
            features = [*parts[index][0], *left2[index], *left1[index], *right1[index], *right2[index]]
            features += pair(b"b-=", lowers[index - 1] + b"|" + lower) if index else pair(b"", b"first")
            if index + 1 < count:
                features += pair(b"b+=", lower + b"|" + lowers[index + 1])
            composite = []
            if phrases is not None and phrases[index]:
                composite.extend(_phrase_feature(name, position) for name, position in phrases[index])
            if headline:
                composite.append(b"headline")
            if runs is not None and runs[index]:
                composite.extend(runs[index])
            if composite:
                features += composite if known is None else [feature for feature in composite if feature in known]
            features += pair(b"s3=", left_shapes[index] + shapes[index] + right_shapes[index])
            if context is not None:
                extra = context.get(words[index])
                if extra:
                    features += extra if known is None else [feature for feature in extra if feature in known]
            result.append(features)
        return result

    def _pair(self, prefix, value):
        """``(prefix + value,)`` if the model knows that feature (always while training), else ``()``;
        memoised: the bigrams and shape trigrams of a language repeat."""
        key = (prefix, value)
        found = self._pairs.get(key)
        if found is None:
            if len(self._pairs) >= _CACHE_LIMIT:
                self._pairs.clear()
            feature = prefix + value
            found = self._pairs[key] = (feature,) if self.known is None or feature in self.known else ()
        return found

    def _document_context(self, sentences):
        """Label-independent evidence from the whole document about each capitalised word."""
        case_counts = {}
        in_runs = {}
        after_title = set()
        word_parts = self.word_parts
        for words in sentences:
            if _is_headline(words):
                continue
            run = []
            for index, word in enumerate(words):
                parts = word_parts(word)
                case = parts[5]
                if index and case != "N":
                    case_counts.setdefault(parts[4], set()).add(case)
                if case == "T" or case == "U":
                    run.append(index)
                    continue
                if run:
                    _note_run(words, run, in_runs, after_title, self._title_words)
                    run = []
            _note_run(words, run, in_runs, after_title, self._title_words)
        context = {}
        for words in sentences:
            for word in words:
                if word in context:
                    continue
                parts = word_parts(word)
                if parts[5] != "T" and parts[5] != "U":
                    continue
                key = parts[4]
                cases = case_counts.get(key)
                features = [_CASE_FEATURES[case] for case in sorted(cases)] if cases else [b"dc=none"]
                for position in sorted(in_runs.get(key, ())):
                    features.append(_RUN_POSITION_FEATURES[position])
                if key in after_title:
                    features.append(b"dt")
                context[word] = tuple(features)
        return context


# Lower-case words inside a name written in capitals ("Bank of England", "Procter & Gamble").
_RUN_JOINERS = frozenset({b"of", b"&", b"for", b"de", b"la", b"du", b"van", b"von", b"bin", b"al"})


def _run_features(words, lowers, function_words):
    """For each token in a run of capitalised words (joined by "of", "&", …): the run's first and
    last words, its length and the token's place in it."""
    features = [None] * len(words)
    index = 0
    count = len(words)
    while index < count:
        if not words[index][:1].isupper() or lowers[index] in function_words:
            index += 1
            continue
        end = index + 1
        while end < count:
            word = words[end]
            if word[:1].isupper() and lowers[end] not in function_words:
                end += 1
            elif lowers[end] in _RUN_JOINERS and end + 1 < count and words[end + 1][:1].isupper():
                end += 2
            else:
                break
        size = end - index
        if size >= 2:
            first, last = lowers[index], lowers[end - 1]
            common = (b"rf=" + first, b"rl=" + last, b"rn=%d" % min(size, 5))
            for place in range(index, end):
                where = b"rp=B" if place == index else b"rp=E" if place == end - 1 else b"rp=I"
                features[place] = common + (where,)
        else:
            features[index] = (b"rn=1",)
        index = end
    return features


@functools.lru_cache(maxsize=256)
def _phrase_feature(name, position):
    return f"g={name}-{position}".encode()


def _note_run(words, run, in_runs, after_title, title_words):
    if not run:
        return
    start = run[0]
    if start and words[start - 1].lower() in title_words:
        names = [index for index in run if words[index].lower() not in title_words]
    else:
        names = None
    if len(run) >= 2:
        for place, index in enumerate(run):
            position = "first" if place == 0 else "last" if place == len(run) - 1 else "mid"
            in_runs.setdefault(words[index].lower(), set()).add(position)
    if names:
        for index in names:
            after_title.add(words[index].lower())
    elif len(run) >= 2:
        leading = [index for index in run if words[index].lower() in title_words]
        if leading and leading[0] == run[0]:
            for index in run:
                if words[index].lower() not in title_words:
                    after_title.add(words[index].lower())


def _is_headline(words):
    """A sentence in capitals: at least two words of letters and none with a lower-case letter."""
    letters = [word for word in words if word[:1].isalpha()]
    return len(letters) >= 2 and all(not any(char.islower() for char in word) for word in letters)
