"""List filters of the articles changelist: by tag, person, organisation, meeting, date known."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from taggit.models import TaggedItem

from newsroom.desk.filters import AutocompleteFilter, DatedFilter

from ..models import Article, MeetingReport, OrganisationMention, PersonMention


class TagFilter(AutocompleteFilter):
    title = "tag"
    parameter_name = "tag"
    source_model = Article
    source_field = "tags"

    def filter_by(self, queryset, pk):
        items = TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Article), object_id=OuterRef("pk"), tag_id=pk
        )
        return queryset.filter(Exists(items))


class MentionsPersonFilter(AutocompleteFilter):
    title = "person mentioned"
    parameter_name = "person"
    source_model = Article
    source_field = "persons"

    def filter_by(self, queryset, pk):
        return queryset.filter(Exists(PersonMention.objects.filter(article=OuterRef("pk"), person_id=pk)))


class MentionsOrganisationFilter(AutocompleteFilter):
    title = "organisation mentioned"
    parameter_name = "organisation"
    source_model = Article
    source_field = "organisations"

    def filter_by(self, queryset, pk):
        return queryset.filter(
            Exists(OrganisationMention.objects.filter(article=OuterRef("pk"), organisation_id=pk))
        )


class ReportsMeetingFilter(AutocompleteFilter):
    title = "meeting reported"
    parameter_name = "meeting"
    source_model = Article
    source_field = "meetings"

    def filter_by(self, queryset, pk):
        return queryset.filter(Exists(MeetingReport.objects.filter(article=OuterRef("pk"), meeting_id=pk)))


class HasDateFilter(DatedFilter):
    title = "publication date"
    date_field = "published"
