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
