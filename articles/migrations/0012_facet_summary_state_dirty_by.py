from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0011_import_lock_source_path_index")]

    operations = [
        migrations.AddField(
            model_name="facetsummarystate",
            name="dirty_by",
            field=models.CharField(
                max_length=40,
                null=True,
                blank=True,
                help_text="PostgreSQL: the import run whose inserts alone made it dirty (empty: anyone's writes).",
            ),
        ),
        migrations.AddField(
            model_name="facetsummarystate",
            name="generation",
            field=models.PositiveBigIntegerField(default=0, help_text="Counts the summaries published."),
        ),
    ]
