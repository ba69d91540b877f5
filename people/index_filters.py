"""The parameters of the index pages (/organisations/, /meetings/, /places/, /tags/), one FilterSet each.

    q          part of a name, in any script (any alias)
    kind       the kind of organisation, meeting or place
    status     held, planned or cancelled (meetings)
    place      a place by slug or id (meetings held there, or in a city of that country)
    participant a person by slug or id (meetings they took part in)
    date_from, date_to   YYYY-MM-DD: meetings dated in this range, inclusive
    country    a country by ISO code, slug or id (organisations)
    page, per_page (10–100), format (json)
"""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from taggit.models import Tag

from articles.filters import EntityFilter, date_field_error
from articles.search.constants import MAX_PER_PAGE, MIN_PER_PAGE

from .filters import CountryFilter
from .models import Meeting, Organisation, OrganisationAlias, Person, Place, PlaceAlias
from .names import normalize_name

INDEX_PER_PAGE = 50


class IndexForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=10**6, required=False)
    per_page = forms.IntegerField(
        min_value=MIN_PER_PAGE,
        max_value=MAX_PER_PAGE,
        required=False,
        error_messages={
            "min_value": f"Show at least {MIN_PER_PAGE} a page.",
            "max_value": f"Show at most {MAX_PER_PAGE} a page.",
        },
    )
    format = forms.ChoiceField(
        choices=[("html", "HTML"), ("json", "JSON")],
        required=False,
        error_messages={"invalid_choice": "Use format=json, or no format for HTML."},
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", f"The end of the date range ({end}) is before its start ({start}).")
        return cleaned


class IndexFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_name", label="Name", max_length=100)
    alias_model = None
    alias_field = None

    class Meta:
        form = IndexForm
        fields = []

    @property
    def per_page(self):
        return self.form.cleaned_data.get("per_page") or INDEX_PER_PAGE

    @property
    def page_number(self):
        return self.form.cleaned_data.get("page") or 1

    def filter_queryset(self, queryset):
        for name, value in self.form.cleaned_data.items():
            if name in self.filters and value not in (None, "", []):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_name(self, queryset, name, value):
        condition = Q(name__icontains=value)
        if self.alias_model is not None:
            aliases = self.alias_model.objects.filter(
                **{self.alias_field: OuterRef("pk"), "normalized__contains": normalize_name(value)}
            )
            condition |= Exists(aliases)
        return queryset.filter(condition)


class OrganisationIndexFilterSet(IndexFilterSet):
    kind = django_filters.ChoiceFilter(choices=Organisation.Kind.choices, label="Kind")
    country = CountryFilter(method="filter_country", label="Country", required=False)
    alias_model, alias_field = OrganisationAlias, "organisation"

    class Meta(IndexFilterSet.Meta):
        model = Organisation

    def filter_country(self, queryset, name, value):
        return queryset.filter(country=value)


class PlaceIndexFilterSet(IndexFilterSet):
    kind = django_filters.ChoiceFilter(choices=Place.Kind.choices, label="Kind")
    alias_model, alias_field = PlaceAlias, "place"

    class Meta(IndexFilterSet.Meta):
        model = Place


class TagIndexFilterSet(IndexFilterSet):
    class Meta(IndexFilterSet.Meta):
        model = Tag


class MeetingIndexFilterSet(IndexFilterSet):
    q = None
    status = django_filters.ChoiceFilter(choices=Meeting.Status.choices, label="Status")
    kind = django_filters.ChoiceFilter(choices=Meeting.Kind.choices, label="Kind")
    place = EntityFilter(model=Place, noun="place", plural="places", method="filter_place", label="Place")
    participant = EntityFilter(
        model=Person, noun="person", plural="people", method="filter_participant", label="Participant"
    )
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", input_formats=["%Y-%m-%d"], label="From",
        error_messages=date_field_error("start date"),
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", input_formats=["%Y-%m-%d"], label="To",
        error_messages=date_field_error("end date"),
    )

    class Meta(IndexFilterSet.Meta):
        model = Meeting

    def filter_place(self, queryset, name, places):
        for place in places:
            within = [place, *place.places.all()] if place.kind == Place.Kind.COUNTRY else [place]
            queryset = queryset.filter(place__in=within)
        return queryset

    def filter_participant(self, queryset, name, people):
        for person in people:
            queryset = queryset.filter(
                Exists(Meeting.participants.through.objects.filter(meeting=OuterRef("pk"), person=person))
            )
        return queryset
