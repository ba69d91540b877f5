"""Characters a source file may carry that no article should: removed before cleaning.

- control characters (C0, DEL, C1) except tab and line ends: terminal colour
  codes (the whole escape sequence), stray ``\\x01`` from old systems. XML 1.0 cannot hold most of them
  (an Atom feed with one is not a feed) and nobody can see them. Vertical
  tab, form feed and the information separators become spaces, so that the
  words on each side stay apart; Unicode's line and paragraph separators
  become line ends;
- invisible characters that split a word where nobody sees a break: a
  zero-width space inside "Raj\\u200bnath" or a soft hyphen inside
  "Jai\\u00adshankar" would stop the name from linking. Zero-width joiner and
  non-joiner stay: Devanagari spelling uses them.

The archive keeps the source exactly as read (``Article.source_text``); only
the text it cleans into the body goes through ``strip_hidden``.
"""

import re

_SPACES = "\x0b\x0c\x1c\x1d\x1e\x1f"
_LINE_ENDS = "\u2028\u2029\x85"
_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u200b"  # zero-width space
    "\u2060"  # word joiner
    "\ufeff"  # zero-width no-break space (a byte-order mark inside the text)
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a-\u202e"  # bidirectional embeddings and overrides
    "\u2066-\u2069"  # bidirectional isolates
)
# A terminal's escape sequence ("\x1b[31m" = red) goes whole, not just its ESC.
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_REMOVED = re.compile(f"[\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f{_INVISIBLE}]")
_TO_SPACE = re.compile(f"[{_SPACES}]")
_TO_LINE_END = re.compile(f"[{_LINE_ENDS}]")


def strip_hidden(text):
    """``text`` without control and invisible characters (tab, ``\\n`` and ``\\r`` kept)."""
    text = _TERMINAL_ESCAPE.sub("", text)
    text = _TO_SPACE.sub(" ", text)
    text = _TO_LINE_END.sub("\n", text)
    return _REMOVED.sub("", text)


def has_letters(text):
    """Whether ``text`` has a letter of any script: "!!!" or "— * —" is no article."""
    return any(char.isalpha() for char in text)
