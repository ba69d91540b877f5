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
