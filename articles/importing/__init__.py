"""Reading source files and turning them into articles (``import_articles``)."""
