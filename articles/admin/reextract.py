"""The desk's re-extract page: after a name was learnt, link it in every other article that contains it.

``/admin/reextract/<kind>/<id>/?alias=NAME`` (repeatable; none: every name
of the entity) shows how many articles contain the names and do not link the
entity yet, and the first of them; confirming re-extracts up to
``REEXTRACT_LIMIT`` of them at once (newest first; the page says when there
are more: press again, or run ``manage.py reextract``). The work itself is
``articles.reextraction``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from people.models import Organisation, Person, Place
from people.names import normalize_name

from ..models import Article
from ..reextraction import candidates, confirmed, names_of, reextract

REEXTRACT_LIMIT = 100
ENTITY_MODELS = {"person": Person, "organisation": Organisation, "place": Place}


def reextract_view(request, kind, pk, admin_site):
    model = ENTITY_MODELS.get(kind)
    if model is None:
        raise Http404(f"No re-extraction for {kind!r}: use person, organisation or place.")
    entity = model.objects.filter(pk=pk).first()
    if entity is None:
        raise Http404(f"No {model._meta.verbose_name} with the id {pk}.")
    article_admin = admin_site.get_model_admin(Article)
    if not article_admin.has_view_permission(request):
        raise PermissionDenied
    names = [name for name in request.GET.getlist("alias") if normalize_name(name)]
    if request.GET.getlist("alias") and not names:
        return HttpResponseBadRequest(
            "The parameter alias has no letters to search for.", content_type="text/plain; charset=utf-8"
        )
    names = names or names_of(entity)
    found = confirmed(candidates(names, entity), names, REEXTRACT_LIMIT + 1)
    more = len(found) > REEXTRACT_LIMIT
    found = found[:REEXTRACT_LIMIT]
    opts = model._meta
    back = reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[entity.pk])
    if request.method == "POST":
        if not article_admin.has_change_permission(request):
            raise PermissionDenied
        quoted = ", ".join(f"“{name}”" for name in names)
        changes = reextract(found, user=request.user, reason=f"Re-extracted for {quoted} ({entity})")
        failed = [change for change in changes if change.error]
        linked = sum(1 for change in changes if change.links(entity))
        messages.success(
            request,
            f"Re-extracted {len(changes) - len(failed)} article{'s' if len(changes) - len(failed) != 1 else ''}: "
            f"{linked} now link{'s' if linked == 1 else ''} {entity}."
            + (" More articles contain the name: re-extract again for the next ones." if more else ""),
        )
        for change in failed:
            messages.error(request, f"Article #{change.article.pk} could not be re-extracted: {change.error}")
        return HttpResponseRedirect(back)
    context = {
        **admin_site.each_context(request),
        "title": f"Re-extract the articles that contain {', '.join(names)}",
        "entity": entity,
        "entity_opts": opts,
        "back": back,
        "names": names,
        "articles": found,
        "more": more,
        "limit": REEXTRACT_LIMIT,
        "can_change": article_admin.has_change_permission(request),
    }
    request.current_app = admin_site.name
    return TemplateResponse(request, "admin/reextract_confirmation.html", context)
