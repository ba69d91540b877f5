"""The archive desk's admin for people, organisations, places and meetings.

``entities``: people, organisations, places (aliases and roles inline,
search by any alias); ``meetings``; ``merge``: the merge action;
``review``: the review queue page; ``filters``: their list filters.
"""

from . import entities, meetings  # noqa: F401  (registers the ModelAdmins)
