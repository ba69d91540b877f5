"""Language-specific rules, kept as data: one module per language.

Adding a language means adding a module with the same names as ``en`` and
``hi`` (``REQUIRED_NAMES``) and listing it in ``LANGUAGES``; no code changes.
"""

from people.names import normalize_name

from . import en, hi

LANGUAGES = {module.CODE: module for module in (en, hi)}

# Role titles are stored in the archive's catalogue language: an office named
# in Hindi ("रक्षा मंत्री") is recorded under its English title.
CATALOGUE_LANGUAGE = "en"

REQUIRED_NAMES = (
    "CODE", "SCRIPT", "FUNCTION_WORDS", "ABBREVIATIONS", "PROMO_MARKERS", "ROLE_TITLES", "RANKS", "HONORIFICS",
    "COUNTERPART_WORDS", "POSSESSIVE_PRONOUNS", "NAME_STOP_WORDS", "SURNAMES_AMONG_STOP_WORDS", "SUBJECT_PRONOUNS", "DEFINITE_ARTICLES",
    "WEEKDAYS", "MONTHS", "RELATIVE_DAYS", "HELD_CUES", "MENTION_CUES", "MODALITY_CUES", "NEGATION_CUES",
    "SEPARATELY_CUES", "RESPECTIVELY_CUES", "EVENT_NOUNS", "SIDELINES_CUES", "CLAUSE_BREAKS", "LOCATIVE_BEFORE", "LOCATIVE_AFTER",
    "CONNECTIVE_WORDS", "ORGANISATION_HEADS", "MINISTRY_DOMAINS", "MINISTRY_WORDS", "ARMED_FORCES", "DIPLOMATIC_MISSIONS", "MISSION_HOST_BEFORE", "MISSION_HOST_AFTER", "PART_OF_CHILD_FIRST",
    "PART_OF_PARENT_FIRST", "MINISTRY_OF", "CALL_CUES", "WORD_ORDER", "ERGATIVE_MARKERS", "OBJECT_MARKERS",
    "COORDINATORS", "PLURAL_TITLES", "DEMONYM_LIKE",
    "ORGANISATION_OFFICES", "CUE_WORDS", "CLAUSE_BREAK_WORDS",
    "ORGANISATION_STOP_WORDS", "NAMES_CAPITALISED", "NAME_ENDERS", "NAME_STOP_SUFFIXES", "NAME_PARTICLES",
    "GENITIVE_MARKERS", "POSSESSIVE_SUFFIXES", "LETTER_NAMES", "COUNTRY_AFTER_TITLE", "VERB_ADVERBS",
    "NON_ORGANISATION_HEADS", "BETWEEN_HELD_CUES", "BETWEEN_MARKERS", "BACKGROUND_ASIDE_WORDS", "BACKGROUND_PARTICIPLES",
    "CANCELLATION_CUES", "SUBORDINATE_CUE_WORDS", "BETWEEN_CUE_WORDS", "MEETING_NOUN_MODIFIERS",
    "NAME_HONORIFICS", "PAIR_REFERENCES", "MINISTRY_NAMES", "MEDIUM_BEFORE", "MEDIUM_AFTER",
    "NAME_OF_THING_HEADS", "TOGETHER_CUES", "OWNER_PRONOUN_CUES", "VENUE_BEFORE", "VENUE_AFTER",
    "ONE_EACH_CUES", "DENIAL_CUES", "NEEDS_OBJECT_CUES", "SUMMIT_PHRASES", "OBJECT_PRONOUN_CUES", "HELD_AFTER_NOUN_CUES", "MEETING_NOUNS",
    "NOUN_CUE_ENDS", "GENERIC_BODY_WORDS", "GENERIC_BODY_NAMES", "MINISTRY_WORDS_AFTER_DOMAIN", "UNFULFILLED_PLAN_CUES", "DOUBT_CUES", "REPORT_DATE_BEFORE", "REPORT_DATE_AFTER", "JUNIOR_TITLE_MODIFIERS", "HERE_WORDS", "CREDENTIALS_WORDS",
    "CREDENTIALS_RECEIVER_AFTER", "CREDENTIALS_RECEIVER_BEFORE", "LAST_YEAR_WORDS", "LAST_MONTH_WORDS", "MONTH_PERIOD",
    "YEAR_PERIOD", "LOCAL_BODY_HEADS", "ELECTION_WORDS_AFTER",
    "INCLUDING_CUES", "AUXILIARY_WORDS", "MONONYM_STOP_WORDS", "UNTITLED_MONONYM_CONFIDENCE",
    "NOT_BODY_WORDS", "VESSEL_PREFIXES", "TERM_OF_OFFICE_HEADS", "KIN_WORDS",
    "RELATIVE_BEFORE_CUE", "LISTED_AFTER_RELATIVE", "SUBJECT_BEFORE_RELATIVE", "MEETING_OF_WORDS", "OFFICES_WITH_A_DOMAIN", "COMPANY_OFFICERS", "COMPANY_OFFICE_TITLES", "OFFICER_MODIFIERS", "BRIEF_WORDS",
    "ADJECTIVE_TITLES", "INSTITUTION_HEADS", "COMPANY_SUFFIXES", "PLACE_NAME_HEADS",
    "LEADER_MARKERS", "ATTENDED_MEETING_CUES", "FUTURE_FRAME_BEFORE", "CALL_FRAME", "CALL_FRAME_TALK", "CALL_FRAME_VERBS", "HEADLINE_SUBJECT_AFTER", "THING_WORDS_BEFORE_NAMES", "CANCELLATION_DATE_AFTER", "CALL_PLAIN_FORMS", "BARE_MEETING_VERBS", "GUEST_BEFORE_HOST", "POST_NOMINALS", "ATTENDING_AFTER_MEETING_NOUN", "GERUND_CUE_ENDINGS", "OFFICER_BODY_GENERICS", "CALL_REFERENCE_CUES", "ALL_PARTICIPANTS_AFTER_CUES", "FORCE_OFFICE_AFTER", "EXCEPTING_OPENING_WORDS", "NEGATED_CANCELLATION_CUES", "INSTITUTION_DESCRIPTORS", "OFFICE_DOMAINS", "ATTRIBUTION_VERBS_AFTER", "ATTRIBUTION_CLAUSE_WORDS", "PERSON_VERBS_AFTER", "TRANSLITERATED_CONNECTORS", "MEETING_INTRODUCED_CUES", "ATTENDED_NEXT_CUES", "DELEGATION_MET_CUES", "DELEGATION_MEMBERS_NEXT_CUES", "OWNED_MEETING_OPENINGS", "MEMBERS_OF_A_BODY", "RANKS_AS_OFFICES",
    "DELEGATION_LEADER_OPENINGS", "DESCRIPTIVE_BODY_NAMES", "PRESENT_TENSE_CUE_WORDS",
    "FUTURE_TIME_CUES", "SIDELINES_OF_THE_EVENT_BEFORE",
    "WEEK_SHIFTS", "LISTED_NAME_MARKERS", "COMPASS_WORDS",
)


def rules_for(code):
    """The rules module for a language code, or None for an undetermined language."""
    return LANGUAGES.get(code)


def promo_markers():
    """Every language's promo markers: promos are scraped, whatever the article's language."""
    return tuple(marker for module in LANGUAGES.values() for marker in module.PROMO_MARKERS)


def promo_bar_markers():
    """Markers that start a promo only when a bar follows them ("Read | …")."""
    return tuple(marker for module in LANGUAGES.values() for marker in getattr(module, "PROMO_BAR_MARKERS", ()))


def canonical_title(concept):
    """The catalogue-language title of an office concept ("defence_minister" → "Defence Minister")."""
    titles = LANGUAGES[CATALOGUE_LANGUAGE].ROLE_TITLES.get(concept)
    return titles[0] if titles else concept


def _title_concepts():
    concepts = {}
    for module in LANGUAGES.values():
        for concept, titles in module.ROLE_TITLES.items():
            for title in titles:
                concepts.setdefault(normalize_name(title.replace(".", "")), concept)
    return concepts


_TITLE_CONCEPTS = _title_concepts()


def concept_of_title(title):
    """The office concept of a title in any language, or the normalised title itself when unknown."""
    normalized = normalize_name(title.replace(".", ""))
    return _TITLE_CONCEPTS.get(normalized, normalized)


def ministry_domains():
    """``{normalised domain word(s): domain}`` over every language ("defence", "रक्षा" → defence)."""
    return {
        normalize_name(word): domain
        for module in LANGUAGES.values()
        for domain, words in module.MINISTRY_DOMAINS.items()
        for word in words
    }
