"""Hindi: rules as data."""

CODE = "hi"
SCRIPT = "Deva"

# Postpositions, conjunctions and auxiliaries: language detection counts
# them, and a name written in Devanagari (which has no capitals) ends at one.
FUNCTION_WORDS = frozenset(
    """ने से के की का को में पर और भी है हैं था थी थे हो हुआ हुई हुए कि यह वह इस उस ये वे एक तथा एवं
    लिए साथ द्वारा तक ही तो या अपने अपनी अपना जो कर करने किया गया गई गए रहा रही रहे""".split()
)

# Abbreviations whose full stop does not end a sentence. Hindi ends
# sentences with the danda (।) or, in scraped text, a full stop.
ABBREVIATIONS = frozenset("डॉ श्री सं ले जन".split())

PROMO_MARKERS = ("यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें")
