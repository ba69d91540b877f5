"""A place's name that begins a person's: "भुवनेश्वर कुमार ने …" is the cricketer, not Bhubaneswar.

Hindi has no capitals to tell a given name from the city it is named after (भुवनेश्वर, ऋषिकेश,
अयोध्या). A city or region the gazetteer finds right before a family name (``person_names.json``'s
Hindi ``family`` list: कुमार, शर्मा, सिंह) is a person's first name, so the place is dropped and the
name is left to the person readers. English writes the two apart ("Bhuvneshwar", "Bhubaneswar").
"""

import re
from functools import lru_cache

from .gazetteer import PLACE
from .tagger.lexicon import read_person_names

_LOCAL_PLACES = ("city", "region")
_NEXT_WORD = re.compile(r" ([\u0900-\u0963\u0966-\u097f]+)(?![\u0900-\u097f])")


@lru_cache(maxsize=None)
def _family_names(language):
    return frozenset(read_person_names().get(language, {}).get("family", ()))


def drop_places_before_family_names(text, matches, gazetteer, language):
    """``matches`` without the city and region names that begin a person's name (Hindi only)."""
    if language != "hi":
        return matches
    families = _family_names(language)
    starts = {m.start for m in matches}
    kept = []
    for match in matches:
        if match.kind == PLACE and match.entity_id is not None:
            place = gazetteer.places.get(match.entity_id)
            after = _NEXT_WORD.match(text, match.end)
            if (
                place is not None
                and place.kind in _LOCAL_PLACES
                and after is not None
                and after.group(1) in families
                and after.start(1) not in starts  # a known name of its own comes next
            ):
                continue
        kept.append(match)
    return kept
