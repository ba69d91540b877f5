"""Template helpers of the public pages."""

from django import template
from django.utils.html import format_html

from ..constants import DatePrecision

register = template.Library()

MACHINE_FORMS = {DatePrecision.DAY: "%Y-%m-%d", DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}


@register.simple_tag
def article_time(article, undated="undated"):
    """``<time>`` of an article's date at its precision ("March 2023"), or ``undated``."""
    if article.published is None:
        return undated
    machine = article.published.strftime(MACHINE_FORMS.get(article.published_precision, "%Y-%m-%d"))
    return format_html('<time datetime="{}">{}</time>', machine, article.published_label)


@register.filter
def name_lang(name):
    """The language tag of a name's script: "hi" for Devanagari, "en" otherwise."""
    from people.names import script_of

    return "hi" if script_of(str(name)) == "Deva" else "en"


KINDS = {"person": "person", "organisation": "organisation", "place": "place"}


@register.filter
def name_for(entity, language):
    """An entity's name in the script of ``language`` (an article's or a query's: "hi" → Devanagari)."""
    from people.lookup import name_in_script

    kind = KINDS.get(entity._meta.model_name)
    if kind is None or language not in ("hi", "en", "Deva", "Latn"):
        return entity.name
    script = "Deva" if language in ("hi", "Deva") else "Latn"
    return name_in_script(kind, entity.pk, entity.name, script)


@register.filter
def make_list_of_numbers(text):
    return [int(part) for part in text.split()]


@register.simple_tag
def unchecked_marker():
    """The marker of a record the importer made and no editor has checked."""
    from django.utils.translation import gettext

    return format_html('<span class="unchecked">{}</span>', gettext("found by the importer, not yet checked"))


@register.simple_tag
def meeting_status(meeting, always=False):
    """A meeting's status as a label: planned and cancelled stand out in every list (held ones get
    a label only with ``always``, in a column of statuses)."""
    from django.utils.translation import gettext

    if meeting.status == "held" and not always:
        return ""
    labels = {"held": gettext("held"), "planned": gettext("planned"), "cancelled": gettext("cancelled")}
    return format_html(
        '<span class="status status-{}">{}</span>', meeting.status, labels.get(meeting.status, meeting.status)
    )
