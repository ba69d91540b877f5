"""Span-level exact-match precision, recall and F1 per type and micro overall (conlleval's semantics).

A span is a maximal run of tags of one type that conlleval reads as a chunk: it starts at ``B-X``, or
at an ``I-X`` that does not continue an ``X`` (so an ill-formed ``O I-PER`` predicted by a model still
counts as a person), and it ends before any tag that is not ``I-X``. A predicted span is correct only
when its start, end and type are all the gold span's.
"""

from collections import Counter
from dataclasses import dataclass


def spans_of(tags):
    """``[(start, end, label), …]`` token spans (end exclusive) of one BIO tag sequence."""
    spans = []
    start = label = None
    for index, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label
        if label is not None and not continues:
            spans.append((start, index, label))
            start = label = None
        if prefix in ("B", "I") and not continues:
            start, label = index, kind
    if label is not None:
        spans.append((start, len(tags), label))
    return spans


@dataclass(frozen=True)
class Score:
    """Counts of one type (or of all types): true positives, false positives, false negatives."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def gold(self):
        return self.true_positives + self.false_negatives

    @property
    def predicted(self):
        return self.true_positives + self.false_positives

    @property
    def precision(self):
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self):
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self):
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


OVERALL = "overall"


def evaluate(gold_sequences, predicted_sequences):
    """``{label: Score, …, "overall": Score}`` over parallel lists of gold and predicted tag sequences."""
    if len(gold_sequences) != len(predicted_sequences):
        raise ValueError(f"{len(gold_sequences)} gold sequences but {len(predicted_sequences)} predicted")
    true_positives, false_positives, false_negatives = Counter(), Counter(), Counter()
    for number, (gold, predicted) in enumerate(zip(gold_sequences, predicted_sequences)):
        if len(gold) != len(predicted):
            raise ValueError(f"sequence {number}: {len(gold)} gold tags but {len(predicted)} predicted")
        gold_spans = set(spans_of(gold))
        predicted_spans = set(spans_of(predicted))
        for span in gold_spans & predicted_spans:
            true_positives[span[2]] += 1
        for span in predicted_spans - gold_spans:
            false_positives[span[2]] += 1
        for span in gold_spans - predicted_spans:
            false_negatives[span[2]] += 1
    labels = sorted(set(true_positives) | set(false_positives) | set(false_negatives))
    scores = {
        label: Score(true_positives[label], false_positives[label], false_negatives[label])
        for label in labels
    }
    scores[OVERALL] = Score(
        sum(true_positives.values()), sum(false_positives.values()), sum(false_negatives.values())
    )
    return scores


def format_table(scores, title=""):
    """A plain-text table of P / R / F1 and the gold and predicted counts per type, overall last."""
    lines = [title] if title else []
    lines.append(f"{'type':<8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6}")
    order = [label for label in ("PER", "ORG", "LOC", "MISC") if label in scores]
    order += [label for label in scores if label not in order and label != OVERALL]
    for label in order + [OVERALL]:
        score = scores[label]
        lines.append(
            f"{label:<8} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
            f"{score.gold:6d} {score.predicted:6d}"
        )
    return "\n".join(lines)
