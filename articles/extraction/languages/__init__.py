"""Language-specific rules, kept as data: one module per language.

Adding a language means adding a module with the same names as ``en`` and
``hi`` and listing it in ``LANGUAGES``; no code changes.
"""

from . import en, hi

LANGUAGES = {module.CODE: module for module in (en, hi)}


def rules_for(code):
    """The rules module for a language code, or None for an undetermined language."""
    return LANGUAGES.get(code)


def promo_markers():
    """Every language's promo markers: promos are scraped, whatever the article's language."""
    return tuple(marker for module in LANGUAGES.values() for marker in module.PROMO_MARKERS)
