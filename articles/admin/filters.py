"""List filters of the articles changelist: by tag, person, organisation, meeting, date known.

The filtering itself is the public search's (``ArticleQuerySet``), so the desk
and the site agree on what "mentions X" means.
"""

from newsroom.desk.filters import AutocompleteFilter, DatedFilter

from ..models import Article


class TagFilter(AutocompleteFilter):
    title = "tag"
    parameter_name = "tag"
    source_model = Article
    source_field = "tags"

    def filter_by(self, queryset, pk):
        return queryset.tagged(pk)


class MentionsPersonFilter(AutocompleteFilter):
    title = "person mentioned"
    parameter_name = "person"
    source_model = Article
    source_field = "persons"

    def filter_by(self, queryset, pk):
        return queryset.mentioning_person(pk)


class MentionsOrganisationFilter(AutocompleteFilter):
    title = "organisation mentioned"
    parameter_name = "organisation"
    source_model = Article
    source_field = "organisations"

    def filter_by(self, queryset, pk):
        return queryset.mentioning_organisation(pk)


class ReportsMeetingFilter(AutocompleteFilter):
    title = "meeting reported"
    parameter_name = "meeting"
    source_model = Article
    source_field = "meetings"

    def filter_by(self, queryset, pk):
        return queryset.reporting_meeting(pk)


class HasDateFilter(DatedFilter):
    title = "publication date"
    date_field = "published"
