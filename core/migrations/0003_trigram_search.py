"""pg_trgm for the admin's case-insensitive searches (issue 14).

The apps' ``..._trigram_search`` migrations build GIN ``gin_trgm_ops`` indexes on
the searched text columns; they depend on this one. pg_trgm ships with the embedded
PostgreSQL 18 (pgserver) and with Debian's postgresql-15 (postgresql-contrib).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('core', '0002_auth_fk_cascade')]

    operations = [TrigramExtension()]
