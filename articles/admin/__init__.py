"""The archive desk's admin for articles and tags.

``articles``: the articles changelist, hand entry with extraction, links and
bulk tagging; ``tags``: taggit's tags with counts, rename and merge;
``filters`` and ``forms``: theirs.
"""

from . import articles, tags  # noqa: F401  (registers the ModelAdmins)
