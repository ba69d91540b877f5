"""Tagging articles in bulk, and renaming and merging tags, without losing any.

Tags are django-taggit tags (case-insensitive: ``TAGGIT_CASE_INSENSITIVE``).
Bulk changes work on tag rows directly in batches, so tagging every article a
filter selects costs a few queries per thousand articles, not several per
article.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef
from taggit.models import Tag, TaggedItem

from newsroom.history import change_reason
from newsroom.slugs import unicode_slug

from .models import Article, OldTagSlug

BATCH = 2000
TAG_NAME_MAX = Tag._meta.get_field("name").max_length


class TaggingError(ValueError):
    """A tag operation that cannot be done as asked; nothing was changed."""


def tag_slugify(tag, name, i=None):
    """taggit's ``Tag.slugify``, keeping Devanagari vowel signs (see ``newsroom.slugs``).

    Installed on taggit's ``Tag`` by ``ArticlesConfig.ready``.
    """
    slug = unicode_slug(name, 95) or "tag"
    return slug if i is None else f"{slug}_{i}"


def tag_for_slug(slug):
    """The tag that has, or once had, ``slug`` (None if none)."""
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        old = OldTagSlug.objects.filter(slug=slug).select_related("tag").first()
        tag = old.tag if old is not None else None
    return tag


def tags_for_old_slugs(slugs):
    """``{old slug: tag}`` for the ``slugs`` tags once had."""
    return {old.slug: old.tag for old in OldTagSlug.objects.filter(slug__in=list(slugs)).select_related("tag")}


def _keep_old_slug(tag, old_slug):
    if old_slug and old_slug != tag.slug:
        OldTagSlug.objects.update_or_create(slug=old_slug, defaults={"tag": tag})


def clean_tag_name(name):
    name = " ".join((name or "").split())
    if not name:
        raise TaggingError("Type a tag name.")
    if len(name) > TAG_NAME_MAX:
        raise TaggingError(f"A tag name has at most {TAG_NAME_MAX} characters; “{name[:40]}…” is longer.")
    if "," in name or '"' in name:
        raise TaggingError(f"A tag name cannot contain commas or double quotes: “{name}”.")
    return name


def find_tag(name):
    """The tag called ``name`` (any case), or None."""
    return Tag.objects.filter(name__iexact=clean_tag_name(name)).order_by("pk").first()


def get_or_create_tag(name):
    name = clean_tag_name(name)
    tag = find_tag(name)
    if tag is None:
        tag = Tag(name=name)
        tag.save()  # taggit picks a unique slug
    return tag


def _article_items():
    return TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(Article))


@transaction.atomic
def add_tag(articles, name):
    """Tag every article of the queryset ``articles`` with ``name``; return how many gained it."""
    tag = get_or_create_tag(name)
    content_type = ContentType.objects.get_for_model(Article)
    untagged = (
        articles.order_by()
        .exclude(Exists(_article_items().filter(tag=tag, object_id=OuterRef("pk"))))
        .values_list("pk", flat=True)
    )
    added = 0
    batch = []
    for pk in untagged.iterator(chunk_size=BATCH):
        batch.append(TaggedItem(content_type=content_type, object_id=pk, tag=tag))
        if len(batch) >= BATCH:
            TaggedItem.objects.bulk_create(batch, ignore_conflicts=True)
            added += len(batch)
            batch = []
    TaggedItem.objects.bulk_create(batch, ignore_conflicts=True)
    return tag, added + len(batch)


@transaction.atomic
def remove_tag(articles, name):
    """Remove the tag ``name`` from every article of ``articles``; return how many lost it."""
    tag = find_tag(name)
    if tag is None:
        raise TaggingError(f"There is no tag “{clean_tag_name(name)}”.")
    removed, _ = _article_items().filter(tag=tag, object_id__in=articles.order_by().values("pk")).delete()
    return tag, removed


@transaction.atomic
def merge_tags(survivor, others):
    """Move every article of the ``others`` tags to ``survivor`` and delete them.

    An article that had both keeps one ``survivor`` tag. Returns how many
    articles gained ``survivor``.
    """
    others = [tag for tag in others if tag.pk != survivor.pk]
    if not others:
        raise TaggingError("Choose at least two different tags to merge.")
    other_ids = [tag.pk for tag in others]
    items = TaggedItem.objects.filter(tag_id__in=other_ids)
    same_object = {"content_type_id": OuterRef("content_type_id"), "object_id": OuterRef("object_id")}
    # An object that already has the survivor keeps that one item; an object
    # with several of the merged tags keeps its oldest item, which moves.
    items.filter(Exists(TaggedItem.objects.filter(tag=survivor, **same_object))).delete()
    items.filter(
        Exists(TaggedItem.objects.filter(tag_id__in=other_ids, pk__lt=OuterRef("pk"), **same_object))
    ).delete()
    moved = items.update(tag=survivor)
    OldTagSlug.objects.filter(tag_id__in=other_ids).update(tag=survivor)
    for tag in others:
        _keep_old_slug(survivor, tag.slug)
        tag._change_reason = change_reason(f"Merged into “{survivor.name}”")
        tag.delete()
    survivor._change_reason = change_reason("Merged tags " + ", ".join(f"“{tag.name}”" for tag in others))
    survivor.save()
    return moved


@transaction.atomic
def rename_tag(tag, new_name):
    """Rename ``tag``; refuse a name another tag has (merge them instead)."""
    new_name = clean_tag_name(new_name)
    clash = Tag.objects.filter(name__iexact=new_name).exclude(pk=tag.pk).first()
    if clash is not None:
        raise TaggingError(f"A tag “{clash.name}” already exists: merge the two tags instead of renaming.")
    old_slug = Tag.objects.filter(pk=tag.pk).values_list("slug", flat=True).first()
    tag.name = new_name
    tag.slug = _unique_slug(tag, new_name)
    OldTagSlug.objects.filter(slug=tag.slug).delete()  # the tag takes this address (back)
    tag.save()
    _keep_old_slug(tag, old_slug)
    return tag


def _unique_slug(tag, name):
    """A slug for ``name`` the way taggit makes them, unique among tags."""
    slug, counter = tag.slugify(name)[:95] or "tag", 1
    while Tag.objects.filter(slug=slug).exclude(pk=tag.pk).exists():
        slug = tag.slugify(name, counter)
        counter += 1
    return slug
