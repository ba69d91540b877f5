from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Meeting, Organisation, OrganisationAlias, Person, PersonAlias, Place, PlaceAlias, Role


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1
    fields = ["name", "script"]
    readonly_fields = ["script"]


class RoleInline(admin.TabularInline):
    model = Role
    extra = 1
    autocomplete_fields = ["organisation", "country"]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "reviewed", "origin", "created_at"]
    list_filter = ["reviewed", "origin"]
    search_fields = ["name", "aliases__name", "aliases__normalized"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline, RoleInline]


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 1
    fields = ["name", "script"]
    readonly_fields = ["script"]


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "acronym", "kind", "parent", "country", "reviewed"]
    list_filter = ["reviewed", "kind", "origin"]
    list_select_related = ["parent", "country"]
    search_fields = ["name", "acronym", "aliases__name", "aliases__normalized"]
    autocomplete_fields = ["parent", "country"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OrganisationAliasInline]


class PlaceAliasInline(admin.TabularInline):
    model = PlaceAlias
    extra = 1
    fields = ["name", "kind", "script"]
    readonly_fields = ["script"]


@admin.register(Place)
class PlaceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "iso_code", "country"]
    list_filter = ["kind"]
    list_select_related = ["country"]
    search_fields = ["name", "iso_code", "aliases__name", "aliases__normalized"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PlaceAliasInline]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "status", "date", "place", "reviewed"]
    list_filter = ["status", "kind", "reviewed"]
    list_select_related = ["place"]
    date_hierarchy = "date"
    search_fields = ["title", "participants__name"]
    autocomplete_fields = ["participants", "organisations", "place", "sidelines_of"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("participants")
