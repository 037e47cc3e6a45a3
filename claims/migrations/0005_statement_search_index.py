"""The GIN index behind full-text search of statements, on PostgreSQL only (claims/search.py).

It is built on an expression (the tsvector of content and speaker) that only
PostgreSQL understands, and search on other databases does without it; so it
is created by the database alone and left out of the models' state, where
every database would try to build it.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Exactly claims.search.STATEMENT_VECTOR: a query uses the index only if its expression is the same.
STATEMENT_SEARCH_INDEX = GinIndex(SearchVector("content", "speaker", config="english"), name="statement_search")


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.add_index(apps.get_model("claims", "Statement"), STATEMENT_SEARCH_INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("claims", "Statement"), STATEMENT_SEARCH_INDEX)


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_review_history")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
