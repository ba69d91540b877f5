"""Change reasons for django-simple-history, which stores at most 100 characters."""

REASON_MAX_CHARS = 100


def change_reason(text):
    """``text`` cut to fit the history tables' reason column (PostgreSQL enforces it)."""
    text = " ".join(text.split())
    return text if len(text) <= REASON_MAX_CHARS else text[: REASON_MAX_CHARS - 1] + "…"
