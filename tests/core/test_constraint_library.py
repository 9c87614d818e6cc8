"""core.db.constraints: every builder names its constraint <app>_<model>_<rule>, PostgreSQL
holds the rule (raw SQL), and its message reaches an API client as a 400 on the field."""

import pytest
from django.db import connection, models
from django.test.utils import isolate_apps
from rest_framework import serializers, status

from core.api.serializers import ModelSerializer
from core.db import constraints as rules
from tests.utils import assert_sql_rejected


class Colour(models.TextChoices):
    RED = "red", "Red"
    BLUE = "blue", "Blue"


# builder, the constraint name it must produce, a raw SQL SET clause PostgreSQL refuses,
# a serializer payload the API refuses, the field the 400 names
CASES = [
    ("valid_choice", "core_specimen_colour_valid", "colour = 'green'", {"colour": "green"}, None),
    ("not_blank", "core_specimen_title_not_blank", "title = ''", {"title": ""}, "title"),
    ("not_blank_strip", "core_specimen_note_not_blank", "note = '  '", {"note": "   "}, "note"),
    ("matches", "core_specimen_code_format", "code = 'abc'", {"code": "abc"}, "code"),
    ("in_range", "core_specimen_rating_range", "rating = 11", {"rating": 11}, "rating"),
    ("unit_range", "core_specimen_score_range", "score = 1.5", {"score": 1.5}, "score"),
    ("percentage", "core_specimen_share_range", "share = 101", {"share": 101}, "share"),
    ("positive", "core_specimen_amount_positive", "amount = 0", {"amount": 0}, "amount"),
    ("non_negative", "core_specimen_count_non_negative", "count = -1", {"count": -1}, "count"),
    ("at_least", "core_specimen_version_min", "version = 0", {"version": 0}, "version"),
    ("length_range", "core_specimen_slug_length", "slug = 'a'", {"slug": "a"}, "slug"),
    ("min_length", "core_specimen_body_min_length", "body = 'ab'", {"body": "ab"}, "body"),
    ("json_object", "core_specimen_data_object", "data = '[]'", {"data": [1]}, "data"),
    ("array_no_nulls", "core_specimen_tags_no_nulls", "tags = ARRAY['a', NULL]", None, None),
    (
        "implies",
        "core_specimen_done_has_date",
        "done = true, done_at = NULL",
        {"done": True},
        "non_field_errors",
    ),
    ("check", "core_specimen_custom_rule", "rating = 7", {"rating": 7}, "rating"),
]


@pytest.fixture
def specimen():
    """A model built from every builder, with its table created for the test."""
    with isolate_apps("core"):

        class Specimen(models.Model):
            colour = models.CharField(max_length=8, default="red")
            title = models.CharField(max_length=20, default="t", blank=True)
            note = models.CharField(max_length=20, default="n", blank=True)
            code = models.CharField(max_length=8, default="AB12")
            rating = models.IntegerField(default=5)
            score = models.FloatField(default=0.5)
            share = models.DecimalField(max_digits=7, decimal_places=4, default=50)
            amount = models.IntegerField(default=1)
            count = models.IntegerField(default=0)
            version = models.IntegerField(default=1)
            slug = models.CharField(max_length=20, default="abc")
            body = models.TextField(default="abcdef")
            data = models.JSONField(default=dict)
            tags = models.JSONField(default=list)  # replaced by an array column below
            done = models.BooleanField(default=False)
            done_at = models.DateTimeField(null=True)

            class Meta:
                app_label = "core"
                constraints = [
                    rules.valid_choice("colour", Colour),
                    rules.not_blank("title"),
                    rules.not_blank("note", strip=True),
                    rules.matches("code", r"^[A-Z]{2}[0-9]{2}$", message="Code is AA99."),
                    rules.in_range("rating", 1, 10),
                    rules.unit_range("score"),
                    rules.percentage("share"),
                    rules.positive("amount"),
                    rules.non_negative("count"),
                    rules.at_least("version", 1),
                    rules.length_range("slug", 2, 20),
                    rules.min_length("body", 3),
                    rules.json_object("data"),
                    rules.implies(
                        "done_has_date",
                        models.Q(done=True),
                        models.Q(done_at__isnull=False),
                        "A done specimen needs done_at.",
                    ),
                    rules.check("custom_rule", ~models.Q(rating=7), "Seven is not a rating."),
                ]

            def __str__(self):
                return self.title

        from django.contrib.postgres.fields import ArrayField

        tags = ArrayField(models.TextField(), default=list)
        tags.set_attributes_from_name("tags")
        Specimen._meta.local_fields = [
            tags if f.name == "tags" else f for f in Specimen._meta.local_fields
        ]
        tags.model = Specimen
        Specimen._meta.constraints.append(rules.array_no_nulls("tags"))
        Specimen._meta.constraints[-1].name %= {"app_label": "core", "class": "specimen"}
        Specimen._meta._expire_cache()
        with connection.schema_editor() as editor:
            editor.create_model(Specimen)
        yield Specimen


def _serializer(model):
    class SpecimenSerializer(ModelSerializer):
        class Meta:
            fields = "__all__"

    SpecimenSerializer.Meta.model = model
    return SpecimenSerializer


@pytest.mark.django_db
def test_every_builder_is_named_app_model_rule_and_carries_a_message(specimen):
    by_name = {c.name: c for c in specimen._meta.constraints}
    assert set(by_name) == {case[1] for case in CASES}
    for constraint in by_name.values():
        message = constraint.violation_error_message
        assert message and message != constraint.default_violation_error_message, constraint.name
    assert by_name["core_specimen_code_format"].violation_error_message == "Code is AA99."
    assert (
        by_name["core_specimen_rating_range"].violation_error_message
        == "Rating must be between 1 and 10."
    )
    assert by_name["core_specimen_amount_positive"].violation_error_message == (
        "Amount must be greater than zero."
    )


@pytest.mark.django_db
@pytest.mark.parametrize(("builder", "name", "bad_sql", "payload", "field"), CASES)
def test_postgresql_refuses_by_name(specimen, builder, name, bad_sql, payload, field):
    with connection.cursor() as cur:
        cur.execute(
            "INSERT INTO core_specimen (colour, title, note, code, rating, score, share, amount,"
            " count, version, slug, body, data, tags, done)"
            " VALUES ('red', 't', 'n', 'AB12', 5, 0.5, 50, 1, 0, 1, 'abc', 'abcdef', '{}',"
            " ARRAY['a'], false) RETURNING id"
        )
        pk = cur.fetchone()[0]
    assert_sql_rejected(name, f"UPDATE core_specimen SET {bad_sql} WHERE id = %s", [pk])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("builder", "name", "bad_sql", "payload", "field"), [c for c in CASES if c[3] is not None]
)
def test_the_message_reaches_a_serializer_400(specimen, builder, name, bad_sql, payload, field):
    serializer = _serializer(specimen)(data=payload)
    with pytest.raises(serializers.ValidationError) as caught:
        serializer.is_valid(raise_exception=True)
    assert caught.value.status_code == status.HTTP_400_BAD_REQUEST
    constraint = next(c for c in specimen._meta.constraints if c.name == name)
    expected = constraint.get_violation_error_message()
    errors = caught.value.detail
    key = field or next(iter(errors))
    assert [str(m) for m in errors[key]] == [expected], errors
    # and a valid row passes the same serializer
    assert _serializer(specimen)(data={}).is_valid(), _serializer(specimen)(data={}).errors


def test_new_index_names_follow_the_scheme_and_fit_30_characters():
    from core.db.indexes import index, index_name

    assert index_name("engagement", "reply", "status", "-posted_at") == (
        "eng_reply_status_posted_at_idx"
    )
    built = index("research", "run", "status", kind="gin")
    assert built.name == "res_run_status_gin" and built.fields == ["status"]
    assert index_name("ideas", "eval", "-created_at") == "idea_eval_created_at_idx"
    with pytest.raises(ValueError, match="at most 30"):
        index_name("engagement", "reply", "approval_status", "-created_at")
