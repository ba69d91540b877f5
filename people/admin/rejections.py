"""Rejected names: people and organisations the importer must not create again.

Re-extraction records a name here when an editor deleted the record the
importer had made under it (``articles.linking``). An editor can also add
a name ahead of time ("Twitter" is not a person). Deleting a row lets the
importer create the name again.
"""

from django import forms
from django.contrib import admin
from django.db.models import Q

from newsroom.desk.base import DeskModelAdmin

from ..models import RejectedName
from ..names import normalize_name


class RejectedNameForm(forms.ModelForm):
    class Meta:
        model = RejectedName
        fields = ["kind", "name"]

    def clean(self):
        cleaned = super().clean()
        name, kind = cleaned.get("name", ""), cleaned.get("kind")
        normalized = normalize_name(name)
        if name and not normalized:
            self.add_error("name", "This name has no letters to match on.")
        elif name and kind:
            clash = RejectedName.objects.filter(kind=kind, normalized=normalized).exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error(
                    "name", f"“{clash.first().name}” is already rejected as a {kind}: it is the same name."
                )
        return cleaned


@admin.register(RejectedName)
class RejectedNameAdmin(DeskModelAdmin):
    form = RejectedNameForm
    list_display = ["name", "kind", "normalized", "created_at"]
    list_filter = ["kind"]
    search_fields = ["name"]  # and the normalised form, see get_search_results
    fields = ["kind", "name", "normalized", "created_at"]
    readonly_fields = ["normalized", "created_at"]

    def get_search_results(self, request, queryset, search_term):
        term = " ".join(search_term.split())
        if not term:
            return queryset, False
        condition = Q(name__icontains=term)
        if normalized := normalize_name(term):
            condition |= Q(normalized__contains=normalized)
        return queryset.filter(condition), False
