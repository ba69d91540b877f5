"""The archive desk's admin for articles and tags.

``articles``: the articles changelist, hand entry with extraction, links and
bulk tagging; ``tags``: taggit's tags with counts, rename and merge;
``removed_links``: links editors removed, kept out of re-extraction;
``filters`` and ``forms``: theirs.
"""

from . import articles, removed_links, tags  # noqa: F401  (registers the ModelAdmins)
