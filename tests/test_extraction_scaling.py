"""Issue 13's first defect: one long file stalled the import (100 KB 4 s, 400 KB 337 s), because
extraction scanned every match of the article once per meeting sentence. Extraction must stay
linear in the length of the text: four times the text, about four times the time, not sixteen.

CPU time of this process (``time.process_time``), best of two, so that a busy machine's other
processes move the figures less than wall-clock time would; the bound (twice the time per KB for
four times the text) sits between a linear pipeline (about 1×) and a quadratic one (about 4×).
``bench/extraction_scaling.py`` gives the figures from 10 KB to 2 MB (docs/performance.md).
"""

import time

import pytest
from test_extraction_world import world

from articles.extraction.pipeline import extract

# Meeting sentences full of names, as the reports that stalled were: every paragraph adds meeting
# cues and mentions, so a scan of every match per meeting sentence grows with the square of the text.
PARAGRAPHS = {
    "en": (
        "Defence Minister Rajnath Singh met Chinese Defence Minister Wei Fenghe in Moscow on Friday, "
        "on the sidelines of the meeting of the Shanghai Cooperation Organisation. Singh also held "
        "talks with Sherali Mirzo of Tajikistan and with Viktor Khrenin of Belarus in Dushanbe. "
        "Wei Fenghe, who had met Sergei Shoigu in Minsk, said the SCO would meet again in New Delhi. "
        "The Indian Ministry of Defence said on Twitter that Singh and Mirzo discussed the border."
    ),
    "hi": (
        "रक्षा मंत्री राजनाथ सिंह ने शुक्रवार को मॉस्को में चीन के रक्षा मंत्री वेई फेंगहे से मुलाकात की। "
        "सिंह ने दुशांबे में ताजिकिस्तान के शेर अली मिर्जा और बेलारूस के विक्टर ख्रेनिन के साथ बैठक की। "
        "शंघाई सहयोग संगठन की बैठक से इतर वेई फेंगहे ने कहा कि एससीओ की अगली बैठक नई दिल्ली में होगी। "
        "भारतीय रक्षा मंत्रालय ने ट्विटर पर बताया कि सिंह और मिर्जा ने सीमा पर चर्चा की।"
    ),
}


def article(language, kilobytes):
    paragraph = PARAGRAPHS[language]
    copies = kilobytes * 1000 // len(paragraph) + 1
    return "\n\n".join([paragraph] * copies)[: kilobytes * 1000]


def cpu_ms_per_kb(language, kilobytes, gazetteer):
    body = article(language, kilobytes)
    best = None
    for _ in range(2):
        started = time.process_time()
        extract(body, language, gazetteer)
        spent = time.process_time() - started
        best = spent if best is None else min(best, spent)
    return best * 1000 / kilobytes


@pytest.mark.parametrize("language", ["en", "hi"])
def test_four_times_the_text_takes_about_four_times_as_long(language):
    gazetteer = world()
    extract(article(language, 2), language, gazetteer)  # warm the automaton, the indexes and the tagger
    small = cpu_ms_per_kb(language, 25, gazetteer)
    large = cpu_ms_per_kb(language, 100, gazetteer)
    assert large / small < 2, f"{language}: {small:.1f} ms per KB at 25 KB, {large:.1f} at 100 KB"
