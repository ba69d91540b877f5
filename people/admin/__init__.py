"""The archive desk's admin for people, organisations, places and meetings.

``entities``: people, organisations, places (aliases and roles inline,
search by any alias); ``meetings``; ``merge``: the merge action;
``review``: the review queue page; ``duplicates``: the pairs the importer
flagged as possibly one entity; ``rejections``: names the importer must not
create again; ``filters``: their list filters.
"""

from . import duplicates, entities, meetings, rejections  # noqa: F401  (registers the ModelAdmins)
