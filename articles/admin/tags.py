"""Tags: a list with article counts, renaming, merging, and names for the tag autocomplete.

Replaces django-taggit's own ``TagAdmin``, whose change form lists every
tagged item inline (thousands of rows for a busy tag) and whose merge moves
items one query each.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from taggit.models import Tag, TaggedItem

from newsroom.desk.base import DeskModelAdmin
from newsroom.history import change_reason

from ..tagging import TaggingError, clean_tag_name, merge_tags, rename_tag

SUGGESTIONS = 20


class TagForm(forms.ModelForm):
    class Meta:
        model = Tag
        fields = ["name"]

    def clean_name(self):
        try:
            name = clean_tag_name(self.cleaned_data["name"])
        except TaggingError as error:
            raise forms.ValidationError(str(error)) from error
        clash = Tag.objects.filter(name__iexact=name).exclude(pk=self.instance.pk).first()
        if clash is not None:
            raise forms.ValidationError(
                f"A tag “{clash.name}” already exists: select both in the tag list and merge them."
            )
        return name


if admin.site.is_registered(Tag):
    admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(DeskModelAdmin):
    form = TagForm
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]
    ordering = ["name"]
    readonly_fields = ["slug", "article_links"]
    fields = ["name", "slug", "article_links"]
    actions = ["merge_selected_tags", "delete_selected"]

    def get_queryset(self, request):
        items = TaggedItem.objects.filter(tag=OuterRef("pk")).order_by().values("tag")
        counted = Subquery(items.annotate(n=Count("*")).values("n"), output_field=IntegerField())
        return super().get_queryset(request).annotate(article_count=Coalesce(counted, 0))

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, tag):
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?tag={}">{}</a>', url, tag.pk, tag.article_count)

    @admin.display(description="Articles")
    def article_links(self, tag):
        if tag.pk is None:
            return "—"
        return self.article_count(tag)

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            old = Tag.objects.get(pk=obj.pk).name
            obj._change_reason = change_reason(f"Renamed from “{old}”")
            rename_tag(obj, obj.name)  # also gives the tag a slug from its new name
        else:
            super().save_model(request, obj, form, change)

    # --- merging -----------------------------------------------------------------------------------

    @admin.action(description="Merge selected tags…", permissions=["change", "delete"])
    def merge_selected_tags(self, request, queryset):
        tags = list(queryset.order_by("name"))
        if len(tags) < 2:
            self.message_user(request, "Select two or more tags to merge.", messages.WARNING)
            return None
        error = None
        if request.POST.get("post") == "yes":
            survivor = next((tag for tag in tags if str(tag.pk) == request.POST.get("survivor")), None)
            if survivor is None:
                error = "Choose the tag the articles keep."
            else:
                others = [tag for tag in tags if tag.pk != survivor.pk]
                moved = merge_tags(survivor, others)
                self.message_user(
                    request,
                    f"Merged {', '.join(tag.name for tag in others)} into “{survivor.name}”: "
                    f"{moved} tagged article{'s' if moved != 1 else ''} moved.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(request.get_full_path())
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge tags",
            "opts": self.model._meta,
            "tags": tags,
            "suggested": max(tags, key=lambda tag: tag.article_count),
            "error": error,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/taggit/tag/merge_confirmation.html", context)

    # --- names for the tag autocomplete --------------------------------------------------------------

    def get_urls(self):
        names = path("names/", self.admin_site.admin_view(self.names_view), name="taggit_tag_names")
        return [names, *super().get_urls()]

    def names_view(self, request):
        """Tag names for select2: ``{"results": [{"id": name, "text": name}]}``, prefix matches first."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        term = " ".join(request.GET.get("term", "").split())
        tags = Tag.objects.order_by("name")
        if term:
            starting = list(tags.filter(name__istartswith=term).values_list("name", flat=True)[:SUGGESTIONS])
            inside = tags.filter(name__icontains=term).exclude(name__istartswith=term)
            names = starting + list(inside.values_list("name", flat=True)[: SUGGESTIONS - len(starting)])
        else:
            names = list(tags.values_list("name", flat=True)[:SUGGESTIONS])
        return JsonResponse(
            {"results": [{"id": name, "text": name} for name in names], "pagination": {"more": False}}
        )
