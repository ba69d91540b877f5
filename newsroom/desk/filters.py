"""List filters for the admin that scale to big related tables.

``AutocompleteFilter`` filters a changelist by one related object picked with
the admin's own autocomplete (select2 over ``/admin/autocomplete/``), instead
of listing every person or tag in the sidebar. Subclasses name the relation
that feeds the autocomplete (``source_field`` on ``source_model``, which must
point at a model whose admin has ``search_fields``) and say how to filter
(``filter_by``).
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property

# Ids are 64-bit integers in both databases.
MIN_ID, MAX_ID = -(2**63), 2**63 - 1


def refuse(request, parameter, text):
    """Tell the editor why the list's parameters were refused, then refuse them."""
    messages.error(request, text)
    request.desk_refused = True
    return IncorrectLookupParameters(parameter)


class AutocompleteFilter(admin.SimpleListFilter):
    template = "admin/filters/autocomplete.html"
    # The relation whose autocomplete the widget uses; source_model defaults
    # to the changelist's model.
    source_model = None
    source_field = None

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.model_admin = model_admin
        self.field = (self.source_model or model)._meta.get_field(self.source_field)
        self.remote_model = self.field.remote_field.model
        self.base_query = "?"
        self.selected_pk = None
        value = self.value()
        if value not in (None, ""):
            try:
                self.selected_pk = self.remote_model._meta.pk.to_python(value)
                if isinstance(self.selected_pk, int) and not MIN_ID <= self.selected_pk <= MAX_ID:
                    raise ValidationError("out of range")  # no such row; SQLite cannot even compare it
            except ValidationError as error:
                raise refuse(
                    request,
                    f"{self.parameter_name}={value!r}",
                    f"The filter “{self.title}” needs the id of a "
                    f"{self.remote_model._meta.verbose_name}, not “{value}”.",
                ) from error

    def has_output(self):
        return True

    def lookups(self, request, model_admin):
        return ()

    def queryset(self, request, queryset):
        if self.selected_pk is None:
            return queryset
        return self.filter_by(queryset, self.selected_pk)

    def filter_by(self, queryset, pk):
        raise NotImplementedError

    def get_facet_counts(self, pk_attname, filtered_qs):
        return {}

    def choices(self, changelist):
        self.base_query = changelist.get_query_string(remove=[self.parameter_name])
        yield {
            "selected": self.selected_pk is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "All",
        }

    @cached_property
    def widget(self):
        """The select2 box, with only the selected object loaded (one query at most)."""
        widget = AutocompleteSelect(
            self.field,
            self.model_admin.admin_site,
            attrs={
                "data-autocomplete-filter": "",
                "data-base-query": self.base_query,
                "id": f"autocomplete-filter-{self.parameter_name}",
                "aria-label": f"Filter by {self.title}",
                "style": "width: 100%",
            },
        )
        field = forms.ModelChoiceField(
            queryset=self.remote_model._default_manager.all(), required=False, widget=widget
        )
        registry = self.model_admin.admin_site._registry
        label = getattr(registry.get(self.remote_model), "autocomplete_label", None)
        if label is not None:
            field.label_from_instance = label
            if self.remote_model._meta.model_name == "meeting":
                field.queryset = field.queryset.select_related("place").prefetch_related("participants")
        return field.widget.render(self.parameter_name, self.selected_pk)


class AutocompleteFilterMediaMixin:
    """Adds the select2 assets and the filter's script to a ModelAdmin's changelist."""

    @property
    def media(self):
        return super().media + forms.Media(
            js=[
                "admin/js/vendor/jquery/jquery.js",
                "admin/js/vendor/select2/select2.full.js",
                "admin/js/jquery.init.js",
                "admin/js/autocomplete.js",
                "newsroom/admin/autocomplete_filter.js",
            ],
            css={"screen": ["admin/css/vendor/select2/select2.css", "admin/css/autocomplete.css"]},
        )


class ChoiceFilter(admin.SimpleListFilter):
    """A ``SimpleListFilter`` that refuses values it does not offer, with a message."""

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        value = self.value()
        if value is not None and value not in {str(key) for key, _ in self.lookup_choices}:
            choices = ", ".join(str(key) for key, _ in self.lookup_choices)
            raise refuse(
                request,
                f"{self.parameter_name}={value!r}",
                f"The filter “{self.title}” has no choice “{value}” (choose one of: {choices}).",
            )


class ReviewStateFilter(ChoiceFilter):
    """Reviewed or not, and the review queue: what the importer made and nobody checked."""

    title = "review"
    parameter_name = "review"
    imported_value = "import"

    def lookups(self, request, model_admin):
        return [
            ("queue", "Awaiting review (imported, not reviewed)"),
            ("unreviewed", "Not reviewed"),
            ("reviewed", "Reviewed"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "queue":
            return queryset.filter(origin=self.imported_value, reviewed=False)
        if value == "unreviewed":
            return queryset.filter(reviewed=False)
        if value == "reviewed":
            return queryset.filter(reviewed=True)
        return queryset


class DatedFilter(ChoiceFilter):
    """Records with no date (the source gave none) or with one; subclasses name ``date_field``."""

    parameter_name = "dated"
    date_field = None

    def lookups(self, request, model_admin):
        return [("no", "Has no date"), ("yes", "Has a date")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(**{f"{self.date_field}__isnull": True})
        if self.value() == "yes":
            return queryset.filter(**{f"{self.date_field}__isnull": False})
        return queryset
