"""Public full-text and faceted search of the archive.

``analysis`` (how text becomes lexemes), ``query`` (the query syntax),
``entities`` (names in a query), ``backends`` (one implementation per
database), ``highlight`` (safe snippets), ``facets`` (counts with a budget),
``results`` (a page of results and its formats), ``feeds`` (Atom).
"""
