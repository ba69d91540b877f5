"""List filters for people, organisations and meetings."""

from django.db.models import Exists, OuterRef, Q

from newsroom.desk.filters import AutocompleteFilter, ChoiceFilter, DatedFilter

from ..models import Meeting, Role

# "All ministers", in the archive's languages.
MINISTER_WORDS = ("minister", "मंत्री")


class RoleTitleFilter(ChoiceFilter):
    title = "role"
    parameter_name = "role"
    any_minister = "any-minister"

    def lookups(self, request, model_admin):
        titles = Role.objects.order_by("title").values_list("title", flat=True).distinct()
        return [(self.any_minister, "Any minister"), *((title, title) for title in titles)]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if value == self.any_minister:
            condition = Q()
            for word in MINISTER_WORDS:
                condition |= Q(title__icontains=word)
            roles = Role.objects.filter(condition)
        else:
            roles = Role.objects.filter(title=value)
        return queryset.filter(Exists(roles.filter(person=OuterRef("pk"))))


class MeetingHasDateFilter(DatedFilter):
    title = "date known"
    date_field = "date"


class PersonCountryFilter(AutocompleteFilter):
    """People with a role in a country (the autocomplete offers countries only)."""

    title = "country"
    parameter_name = "country"
    source_model = Role
    source_field = "country"

    def filter_by(self, queryset, pk):
        return queryset.filter(Exists(Role.objects.filter(person=OuterRef("pk"), country_id=pk)))


class OrganisationCountryFilter(AutocompleteFilter):
    title = "country"
    parameter_name = "country"
    source_field = "country"

    def filter_by(self, queryset, pk):
        return queryset.filter(country_id=pk)


class MeetingPlaceFilter(AutocompleteFilter):
    title = "place"
    parameter_name = "place"
    source_model = Meeting
    source_field = "place"

    def filter_by(self, queryset, pk):
        return queryset.filter(place_id=pk)


class MeetingParticipantFilter(AutocompleteFilter):
    title = "participant"
    parameter_name = "participant"
    source_model = Meeting
    source_field = "participants"

    def filter_by(self, queryset, pk):
        through = Meeting.participants.through
        return queryset.filter(Exists(through.objects.filter(meeting=OuterRef("pk"), person_id=pk)))


class MeetingOrganisationFilter(AutocompleteFilter):
    title = "organisation"
    parameter_name = "organisation"
    source_model = Meeting
    source_field = "organisations"

    def filter_by(self, queryset, pk):
        through = Meeting.organisations.through
        return queryset.filter(Exists(through.objects.filter(meeting=OuterRef("pk"), organisation_id=pk)))
