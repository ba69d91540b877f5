"""Slugs that keep every letter of a name, in any script.

Django's ``slugify(allow_unicode=True)`` and python-slugify both keep only
``\\w`` characters, and Python's ``\\w`` does not include combining marks: the
vowel signs and the anusvara of Devanagari are dropped ("हिंदी रिपोर्ट" became
``हद-रपरट``, "मंत्री" and "मंत्र" both ``मतर``). Here a slug keeps letters, marks
and digits of every script (Unicode categories L*, M*, N*) and turns every
run of anything else into one hyphen.
"""

import unicodedata


def unicode_slug(text, max_length=None):
    """``text`` in lower case with letters, marks and digits kept, runs of anything else one hyphen."""
    text = unicodedata.normalize("NFC", str(text)).lower()
    pieces, current = [], []
    for char in text:
        if unicodedata.category(char)[0] in "LMN" or char == "_":
            current.append(char)
        elif current:
            pieces.append("".join(current))
            current = []
    if current:
        pieces.append("".join(current))
    slug = "-".join(pieces)
    if max_length is not None:
        slug = slug[:max_length].strip("-")
    return slug
