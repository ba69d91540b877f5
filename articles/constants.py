"""Constants shared by the importer, the admin and the public site."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    """ISO 639-1 codes of the languages the archive reads, plus "und".

    "und" (undetermined, from ISO 639-2/BCP 47) records a text whose script
    or language the importer could not tell; it is never guessed.
    """

    ENGLISH = "en", _("English")
    HINDI = "hi", _("Hindi")
    UNDETERMINED = "und", _("Undetermined")


class DatePrecision(models.TextChoices):
    """How much of an article's date the source gives: ``published`` holds its first day."""

    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


# Source files larger than this are refused: news articles are a few kB.
MAX_SOURCE_BYTES = 2 * 1024 * 1024
# The last line of defence against a file extraction cannot finish: after this long
# (seconds of wall time) the file is reported failed and nothing of it is written.
EXTRACTION_BUDGET_SECONDS = 600

# Titles derived from the first sentence are cut at a word boundary.
TITLE_MAX_CHARS = 120

SOURCE_SUFFIX = ".txt"

# The dates a source's header may give an article: from PUBLISHED_MIN to this
# many days after today. Anything else ("0001-01-01", "9999-12-31") is a typo
# or a placeholder, and refused with a message rather than stored.
PUBLISHED_MIN = datetime.date(1800, 1, 1)
PUBLISHED_MAX_DAYS_AHEAD = 366
