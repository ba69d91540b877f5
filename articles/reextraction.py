"""Re-extracting the articles a correction concerns, so that one fix links every other report.

After an editor teaches the archive a name (a new alias of a person,
organisation or place), ``candidates`` finds the articles whose text
contains it and that do not link the entity yet: a phrase search in the
search index (fast on a million articles), checked against the cleaned body.
``reextract`` runs extraction again on them, each article in its own
transaction through ``articles.linking.link_article`` (the importer's
``--reextract`` path, which keeps every correction editors made), and writes
what changed into the history: one record on the article naming the reason
and the links added and removed, and a historical row per link.

Used by the desk's re-extract button (``articles.admin.reextract``) and by
``manage.py reextract``.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from newsroom.history import change_reason
from people.models import Organisation, Person, Place
from people.names import fold_with_offsets, normalize_name
from people.teaching import ALIASES

from .linking import gazetteer_from_database, link_article
from .models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention
from .search.entities import ResolvedQuery
from .search.query import parse_query

logger = logging.getLogger(__name__)

LINK_MODELS = {
    "person": (PersonMention, "person_id"),
    "organisation": (OrganisationMention, "organisation_id"),
    "place": (PlaceMention, "place_id"),
    "meeting": (MeetingReport, "meeting_id"),
}
MENTION_OF = {Person: (PersonMention, "person"), Organisation: (OrganisationMention, "organisation"), Place: (PlaceMention, "place")}


def names_of(entity):
    alias_model, field_name, _ = ALIASES[type(entity)]
    names = {entity.name, *alias_model.objects.filter(**{field_name: entity}).values_list("name", flat=True)}
    return sorted(n for n in names if normalize_name(n))


def _phrase_matches(names):
    """Articles whose index has one of ``names`` as a phrase (text only, not the entities it names)."""
    articles = Article.objects.none()
    for name in names:
        query = parse_query('"{}"'.format(name.replace('"', " ")))
        if not query:
            continue
        articles = articles | Article.objects.search(ResolvedQuery(query, query.clauses, (), query.excluded))
    return articles


def contains_name(body, names):
    folded = fold_with_offsets(body)[0]
    return any(normalize_name(name) in folded for name in names)


def candidates(names, entity=None):
    """Articles whose text contains one of ``names`` and that do not mention ``entity`` yet, newest first.

    A queryset of ids checked against the body is too costly for a big
    archive; this returns the index's candidates (a queryset) and
    ``confirmed`` checks the bodies of the ones that will be re-extracted.
    """
    articles = _phrase_matches(names)
    if entity is not None:
        model, field_name = MENTION_OF[type(entity)]
        articles = articles.exclude(Exists(model.objects.filter(article=OuterRef("pk"), **{field_name: entity})))
    return articles.newest_first()


def confirmed(articles, names, limit=None):
    """The articles of ``articles`` whose cleaned body really contains one of ``names`` (at most ``limit``)."""
    found = []
    for article in articles.defer("source_text").iterator(chunk_size=200):
        if contains_name(article.body, names):
            found.append(article)
            if limit is not None and len(found) >= limit:
                break
    return found


def _links(article):
    rows = {}
    for kind, (model, entity_field) in LINK_MODELS.items():
        for row in model.objects.filter(article=article).values():
            key = (kind, row[entity_field], row.get("surface", ""))
            rows[key] = row
    return rows


def _write_link_history(kind, rows, history_type, user, reason, when):
    model = LINK_MODELS[kind][0]
    historical = model.history.model
    historical.objects.bulk_create(
        [
            historical(
                **row,
                history_type=history_type,
                history_date=when,
                history_user=user,
                history_change_reason=reason,
            )
            for row in rows
        ]
    )


def _label(kind, entity_id, surface):
    model = {"person": Person, "organisation": Organisation, "place": Place}.get(kind)
    if model is None:
        return f"meeting #{entity_id}"
    name = model.objects.filter(pk=entity_id).values_list("name", flat=True).first() or f"#{entity_id}"
    return name if not surface or normalize_name(surface) == normalize_name(name) else f"{name} ({surface})"


@dataclass
class ArticleChange:
    article: Article
    added: list = field(default_factory=list)  # labels of the links added
    removed: list = field(default_factory=list)
    error: str = ""
    added_keys: list = field(default_factory=list)  # (kind, entity id, surface) of each link added

    def links(self, entity):
        """Did the re-extraction link ``entity`` (a person, organisation or place)?"""
        kind = type(entity)._meta.model_name
        return any(key[0] == kind and key[1] == entity.pk for key in self.added_keys)


def reextract_article(article, gazetteer, *, user=None, reason="Re-extracted"):
    """Re-extract one article in its own transaction, with history; an ``ArticleChange``."""
    checkpoint = gazetteer.checkpoint()
    change = ArticleChange(article)
    try:
        with transaction.atomic():
            before = _links(article)
            link_article(article, gazetteer)
            after = _links(article)
            added = [key for key in after if key not in before]
            removed = [key for key in before if key not in after]
            when = timezone.now()
            text = change_reason(reason)
            for kind in LINK_MODELS:
                _write_link_history(kind, [after[k] for k in added if k[0] == kind], "+", user, text, when)
                _write_link_history(kind, [before[k] for k in removed if k[0] == kind], "-", user, text, when)
            change.added_keys = added
            change.added = [_label(*key) for key in added]
            change.removed = [_label(*key) for key in removed]
            summary = f"{reason}: +{len(added)} −{len(removed)} links"
            if change.added:
                summary += " (" + ", ".join(change.added) + ")"
            article._change_reason = change_reason(summary)
            article._history_user = user
            article.save(update_fields=["updated_at"])
    except Exception as error:  # one article must never stop the others
        gazetteer.rollback(checkpoint)
        logger.exception("re-extracting article %s failed", article.pk)
        change.error = f"{type(error).__name__}: {error}"
    return change


def reextract(articles, *, user=None, reason="Re-extracted", gazetteer=None):
    """Re-extract each of ``articles``; the list of ``ArticleChange``s."""
    if gazetteer is None:
        gazetteer = gazetteer_from_database()
    return [reextract_article(article, gazetteer, user=user, reason=reason) for article in articles]
