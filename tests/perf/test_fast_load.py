"""Rows of the project's models are loaded without ``Model.__init__`` (core.models,
``load_from_db``): the instance is the one Django builds, field for field, and behaves
the same (saves as an UPDATE, loads a deferred column, refreshes, follows a foreign key);
deferred columns and ``post_init`` receivers take Django's own way."""

import pytest
from django.apps import apps
from django.db import connection, models
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext

from conversations.models import AgentMessage, Conversation
from core.models import TimeStampedModel, UUIDModel, _load_plan, load_from_db
from tests.conversations.factories import AgentMessageFactory, ConversationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def conversation(user):
    conversation = ConversationFactory(user=user, metadata={"k": [1, "two"]})
    for order in (1, 2):
        AgentMessageFactory(conversation=conversation, message_order=order)
    return conversation


def djangos_own(instance):
    """The same row loaded by Django's ``Model.from_db`` (through ``__init__``)."""
    model = type(instance)
    row = model.objects.filter(pk=instance.pk).values_list(
        *[f.attname for f in model._meta.concrete_fields]
    )[0]
    names = [f.attname for f in model._meta.concrete_fields]
    return models.Model.from_db.__func__(model, "default", names, row)


def same_state(a, b):
    assert type(a) is type(b)
    assert {k: v for k, v in vars(a).items() if k != "_state"} == {
        k: v for k, v in vars(b).items() if k != "_state"
    }
    assert list(vars(a)) == list(vars(b))  # the same attributes, in the same order
    assert (a._state.adding, a._state.db) == (b._state.adding, b._state.db) == (False, "default")


def test_a_loaded_row_is_the_instance_django_builds(conversation):
    loaded = Conversation.objects.get(pk=conversation.pk)
    same_state(loaded, djangos_own(loaded))
    message = conversation.messages.order_by("message_order").first()
    loaded_message = AgentMessage.objects.get(pk=message.pk)
    same_state(loaded_message, djangos_own(loaded_message))
    assert loaded_message.conversation == conversation  # the foreign key, followed


def test_a_loaded_row_saves_as_an_update_and_refreshes(conversation):
    loaded = Conversation.objects.get(pk=conversation.pk)
    loaded.content_title = "Renamed"
    with CaptureQueriesContext(connection) as ctx:
        loaded.save()
    assert [q["sql"].split()[0] for q in ctx.captured_queries] == ["UPDATE"]
    Conversation.objects.filter(pk=conversation.pk).update(content_title="Again")
    loaded.refresh_from_db()
    assert loaded.content_title == "Again"
    assert Conversation.objects.get(pk=conversation.pk).content_title == "Again"


def test_deferred_columns_take_djangos_way_and_load_on_access(conversation):
    loaded = Conversation.objects.only("id", "status").get(pk=conversation.pk)
    assert loaded.get_deferred_fields() >= {"content_title", "metadata"}
    with CaptureQueriesContext(connection) as ctx:
        assert loaded.content_title == conversation.content_title
    assert len(ctx.captured_queries) == 1


def test_a_post_init_receiver_is_called_for_every_row(conversation):
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance.pk)

    post_init.connect(receiver, sender=Conversation)
    try:
        loaded = Conversation.objects.get(pk=conversation.pk)
    finally:
        post_init.disconnect(receiver, sender=Conversation)
    assert seen == [conversation.pk]
    same_state(loaded, djangos_own(loaded))


def test_models_with_their_own_init_or_descriptor_are_not_planned():
    class Own(models.Model):  # noqa: DJ008
        class Meta:
            app_label = "core"
            managed = False

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)

    class WithFile(models.Model):  # noqa: DJ008
        upload = models.FileField()

        class Meta:
            app_label = "core"
            managed = False

    try:
        assert _load_plan(Own) is None and _load_plan(WithFile) is None
        assert _load_plan(Conversation) == tuple(
            f.attname for f in Conversation._meta.concrete_fields
        )
    finally:
        for model in (Own, WithFile):
            apps.all_models["core"].pop(model._meta.model_name, None)
        apps.clear_cache()


def test_every_model_on_the_shared_bases_loads_this_way():
    """Whichever base a model takes first, rows come through ``load_from_db``."""
    for model in apps.get_models():
        if issubclass(model, UUIDModel | TimeStampedModel):
            assert model.from_db.__func__ is load_from_db, model
