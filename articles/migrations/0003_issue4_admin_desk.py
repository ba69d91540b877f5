"""Issue 4 (the archive desk): tag history, the admin's order and search indexes.

* ``HistoricalTag``: django-taggit's tags keep a history (renames, merges).
* ``article_published_id``, and ``id`` added to ``article_language_published``:
  the admin lists articles by ``-published, -id``; read backwards these
  indexes give that order without a sort, also within a language.

The admin searches with the public search index (articles 0004).
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0002_issue3_extraction_ledger'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalTag',
            fields=[
                ('id', models.IntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('name', models.CharField(db_index=True, max_length=100, verbose_name='name')),
                ('slug', models.SlugField(allow_unicode=True, max_length=100, verbose_name='slug')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical tag',
                'verbose_name_plural': 'historical tags',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RemoveIndex(model_name='article', name='article_language_published'),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['language', 'published', 'id'], name='article_language_published'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['published', 'id'], name='article_published_id'),
        ),
    ]
