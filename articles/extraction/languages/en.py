"""English: rules as data."""

CODE = "en"
SCRIPT = "Latn"

# Frequent function words: language detection counts them, and they never
# stand alone as a name.
FUNCTION_WORDS = frozenset(
    """a an the of and or but to in on at by for with from as is are was were be been being has have had
    it its this that these those he she his her they their them we our you your i not no will would
    can could may might should into over after before about than also which who whom said says""".split()
)

# Abbreviations whose full stop does not end a sentence (compared lower-case,
# without the dot). Single capital initials ("S. Jaishankar") are handled by rule.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof col lt gen maj capt cdr brig adm air vice rear sgt st mt no nos vs etc jr sr
    hon govt dept approx est fig jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp
    u.s u.k u.n e.g i.e""".split()
)

# Scraped promos for other stories start with these words followed by a dash,
# colon or bar, and run to the end of the line.
PROMO_MARKERS = ("Also Read", "Also read", "ALSO READ", "Read Also", "READ ALSO")
