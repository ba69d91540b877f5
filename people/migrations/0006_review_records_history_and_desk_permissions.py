"""History for the records the desk reviews (possible duplicates, rejected
names, removed links), and the desk groups' permissions on them.

Editor: add, change, delete and view; Viewer: view (``newsroom.desk.groups``).
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from newsroom.desk import groups


REVIEW_MODELS = {
    "people": ["personduplicateflag", "organisationduplicateflag", "rejectedname"],
    "articles": ["removedlink"],
}


def grant(apps, schema_editor):
    groups.grant(apps, REVIEW_MODELS)


def revoke(apps, schema_editor):
    groups.revoke(apps, REVIEW_MODELS)


class Migration(migrations.Migration):

    dependencies = [
        ('people', '0005_issue4_desk_groups'),
        ('articles', '0005_removedlink_history'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='organisationduplicateflag',
            options={'ordering': ['-created_at'], 'verbose_name': 'possible duplicate organisation', 'verbose_name_plural': 'possible duplicate organisations'},
        ),
        migrations.AlterModelOptions(
            name='personduplicateflag',
            options={'ordering': ['-created_at'], 'verbose_name': 'possible duplicate person', 'verbose_name_plural': 'possible duplicate people'},
        ),
        migrations.CreateModel(
            name='HistoricalOrganisationDuplicateFlag',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('similarity', models.FloatField(help_text='How alike the names are, 0–100.')),
                ('evidence', models.TextField(blank=True, help_text='The sentence that named the newer record.')),
                ('status', models.CharField(choices=[('open', 'To review'), ('different', 'Different entities')], db_index=True, default='open', max_length=10)),
                ('created_at', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('organisation', models.ForeignKey(blank=True, db_constraint=False, help_text='The record the importer created.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='people.organisation')),
                ('other', models.ForeignKey(blank=True, db_constraint=False, help_text='The known record it may be the same as.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='people.organisation')),
            ],
            options={
                'verbose_name': 'historical possible duplicate organisation',
                'verbose_name_plural': 'historical possible duplicate organisations',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalPersonDuplicateFlag',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('similarity', models.FloatField(help_text='How alike the names are, 0–100.')),
                ('evidence', models.TextField(blank=True, help_text='The sentence that named the newer record.')),
                ('status', models.CharField(choices=[('open', 'To review'), ('different', 'Different entities')], db_index=True, default='open', max_length=10)),
                ('created_at', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('other', models.ForeignKey(blank=True, db_constraint=False, help_text='The known record it may be the same as.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='people.person')),
                ('person', models.ForeignKey(blank=True, db_constraint=False, help_text='The record the importer created.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='people.person')),
            ],
            options={
                'verbose_name': 'historical possible duplicate person',
                'verbose_name_plural': 'historical possible duplicate people',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalRejectedName',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('kind', models.CharField(choices=[('person', 'Person'), ('organisation', 'Organisation')], max_length=12)),
                ('name', models.CharField(max_length=200)),
                ('normalized', models.CharField(editable=False, max_length=200)),
                ('created_at', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical rejected name',
                'verbose_name_plural': 'historical rejected names',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AlterField(
            model_name='organisationduplicateflag',
            name='status',
            field=models.CharField(choices=[('open', 'To review'), ('different', 'Different entities')], db_index=True, default='open', max_length=10),
        ),
        migrations.AlterField(
            model_name='personduplicateflag',
            name='status',
            field=models.CharField(choices=[('open', 'To review'), ('different', 'Different entities')], db_index=True, default='open', max_length=10),
        ),
        migrations.RunPython(grant, revoke),
    ]
