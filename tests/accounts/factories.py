import factory

from accounts.models import ApiKey, User, UserPreferences, UserProfile
from core import products as product_access


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def products(self, create, extracted, **kwargs):
        """``UserFactory(products=PRODUCTS)`` grants products (none by default, so a raw
        DELETE of the user needs no grant rows cleared first)."""
        if create and extracted:
            self.user_permissions.add(*product_access.permissions(extracted))


class StaffUserFactory(UserFactory):
    is_staff = True
    is_superuser = True


class ApiKeyFactory(factory.django.DjangoModelFactory):
    """Use ``ApiKeyFactory.create_with_key()`` when the test needs the secret."""

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"key {n}")

    class Meta:
        model = ApiKey

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        api_key, key = model_class.issue(**kwargs)
        api_key.key = key
        return api_key


class UserProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    display_name = factory.Faker("user_name")
    country = "US"

    class Meta:
        model = UserProfile


class UserPreferencesFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    currency = "USD"

    class Meta:
        model = UserPreferences
