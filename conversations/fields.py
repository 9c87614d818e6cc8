"""Field types the seed needs and Django lacks."""

from django.db import models


class RealField(models.FloatField):
    """A single-precision float column (PostgreSQL ``real``), the seed's ``@db.Real``."""

    description = "Single-precision floating point number"

    def db_type(self, connection):
        return "real"

    def cast_db_type(self, connection):
        return "real"
