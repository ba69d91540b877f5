"""Record ids typed into URLs and forms, parsed strictly.

``"²".isdigit()`` is true and ``int("²")`` raises; ``"١٢".isdigit()`` is true
and ``int("١٢")`` is 12; ``"9" * 30`` is a number no database column holds.
An id is ASCII digits only, from 1 to the largest 64-bit integer (both
databases' ``bigint``); anything else is not an id (``None``), and the caller
says so or looks the text up as a slug or name instead.
"""

MAX_ID = 2**63 - 1


def parse_id(text):
    """The id ``text`` spells, or None."""
    text = str(text).strip()
    if not text or not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None
