"""Corrections that teach: the names an editor links, adds or removes become what extraction knows.

* ``learn_alias``: a name an editor linked or typed becomes an alias of the
  entity (and an earlier rejection of it is lifted);
* ``reject_alias``: an alias an editor removed is remembered for that entity
  (``RejectedAlias``): extraction never gives it back and does not link a
  mention written that way to it;
* ``written_in``: how a name of an entity is written in an article, for the
  surface of a link an editor adds;
* ``not_yet_aliases``: the mentions of an article whose wording is not an
  alias of their entity (hand entry holds such spellings for an editor to confirm).
"""

from django.db import transaction

from newsroom.history import change_reason

from .models import Organisation, OrganisationAlias, Person, PersonAlias, Place, PlaceAlias, RejectedAlias
from .names import fold_with_offsets, normalize_name

# model -> (alias model, the alias's foreign key, RejectedAlias kind)
ALIASES = {
    Person: (PersonAlias, "person", RejectedAlias.Kind.PERSON),
    Organisation: (OrganisationAlias, "organisation", RejectedAlias.Kind.ORGANISATION),
    Place: (PlaceAlias, "place", RejectedAlias.Kind.PLACE),
}


def _aliases_of(entity):
    alias_model, field, kind = ALIASES[type(entity)]
    return alias_model, field, kind


def is_alias(entity, name):
    alias_model, field, _ = _aliases_of(entity)
    return alias_model.objects.filter(**{field: entity}, normalized=normalize_name(name)).exists()


@transaction.atomic
def learn_alias(entity, name, *, user=None, reason=""):
    """Make ``name`` an alias of ``entity``; return the new alias, or None if it was one already.

    An editor's decision: a rejection of the name for this entity is lifted.
    """
    alias_model, field, kind = _aliases_of(entity)
    normalized = normalize_name(name)
    if not normalized:
        return None
    RejectedAlias.objects.filter(kind=kind, **{field: entity}, normalized=normalized).delete()
    if alias_model.objects.filter(**{field: entity}, normalized=normalized).exists():
        return None
    alias = alias_model(**{field: entity}, name=name.strip()[:200])
    alias._history_user = user
    alias._change_reason = change_reason(reason or "Learnt from an editor's correction")
    alias.save()
    return alias


def reject_alias(entity, name, *, user=None):
    """Remember that ``name`` is not ``entity`` (an editor removed the alias); return the rejection."""
    _, field, kind = _aliases_of(entity)
    normalized = normalize_name(name)
    if not normalized:
        return None
    rejection = RejectedAlias.objects.filter(kind=kind, **{field: entity}, normalized=normalized).first()
    if rejection is None:
        rejection = RejectedAlias(kind=kind, name=name[:200], **{field: entity})
        rejection._history_user = user
        rejection.save()
    return rejection


def unicode_letter(char):
    return char.isalnum() or "\u0900" <= char <= "\u097f"


def occurrences(text, name, folded=None):
    """``[(start, end)]`` offsets in ``text`` where ``name`` is written, as whole words, spelling folded.

    ``folded``: ``fold_with_offsets(text)``, when the caller looks for several names in one text.
    """
    normalized = normalize_name(name)
    if not normalized or not text:
        return []
    folded, offsets = folded or fold_with_offsets(text)
    found, start = [], folded.find(normalized)
    while start != -1:
        end = start + len(normalized)
        before_ok = start == 0 or not unicode_letter(folded[start - 1])
        after_ok = end == len(folded) or not unicode_letter(folded[end])
        if before_ok and after_ok:
            found.append((offsets[start], offsets[end - 1] + 1))
        start = folded.find(normalized, start + 1)
    return found


def written_in(text, entity):
    """How ``text`` writes one of ``entity``'s names (the first found, longest names first), or None."""
    alias_model, field, _ = _aliases_of(entity)
    names = {entity.name, *alias_model.objects.filter(**{field: entity}).values_list("name", flat=True)}
    for name in sorted(names, key=len, reverse=True):
        spots = occurrences(text, name)
        if spots:
            start, end = spots[0]
            return text[start:end]
    return None


def not_yet_aliases(article):
    """``[(mention, entity)]``: the article's links whose wording is not yet an alias of their entity."""
    from articles.models import OrganisationMention, PersonMention, PlaceMention

    found = []
    for model, field in ((PersonMention, "person"), (OrganisationMention, "organisation"), (PlaceMention, "place")):
        for mention in model.objects.filter(article=article).select_related(field).order_by("first_offset", "pk"):
            entity = getattr(mention, field)
            alias_model, alias_field, kind = _aliases_of(entity)
            normalized = normalize_name(mention.surface)
            if not normalized or alias_model.objects.filter(**{alias_field: entity}, normalized=normalized).exists():
                continue
            if RejectedAlias.objects.filter(kind=kind, **{alias_field: entity}, normalized=normalized).exists():
                continue
            found.append((mention, entity))
    return found
