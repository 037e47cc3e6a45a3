from django.db import migrations

# Kept literal: a migration must not change when claims.roles does.
EDITORS = "editors"


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=EDITORS)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("claims", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
