"""The desk's autocomplete: the admin's, plus fuzzy matches and labels that tell records apart.

Django's ``AutocompleteJsonView`` searches with the model admin's
``get_search_results`` (names and aliases as written, in any script).
Here, when the first page comes back short, the model admin's
``fuzzy_matches(term, limit)`` adds the records whose aliases sound like the
term (``people.fuzzy``: "मैक्रों" finds Emmanuel Macron), within the same
choices (a country field still offers countries only); and each result is
labelled by the model admin's ``autocomplete_label`` when it has one (a
meeting with its date, place and status, so two undated Modi–Xi meetings can
be told apart).
"""

from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse


class DeskAutocompleteView(AutocompleteJsonView):
    def serialize_result(self, obj, to_field_name):
        label = getattr(self.model_admin, "autocomplete_label", None)
        return {"id": str(getattr(obj, to_field_name)), "text": label(obj) if label else str(obj)}

    def get(self, request, *args, **kwargs):
        self.term, self.model_admin, self.source_field, to_field_name = self.process_request(request)
        if not self.has_perm(request):
            raise PermissionDenied
        self.object_list = self.get_queryset()
        context = self.get_context_data()
        page = context["page_obj"]
        objects = list(context["object_list"])
        fuzzy = getattr(self.model_admin, "fuzzy_matches", None)
        short = len(objects) < self.paginate_by and page.number == 1
        if fuzzy is not None and self.term and short:
            seen = {obj.pk for obj in objects}
            ids = [pk for pk in fuzzy(self.term, self.paginate_by) if pk not in seen]
            if ids:
                choices = self.model_admin.get_queryset(request).complex_filter(
                    self.source_field.get_limit_choices_to()
                )
                found = choices.in_bulk(ids)
                objects += [found[pk] for pk in ids if pk in found][: self.paginate_by - len(objects)]
        return JsonResponse(
            {
                "results": [self.serialize_result(obj, to_field_name) for obj in objects],
                "pagination": {"more": page.has_next()},
            }
        )
