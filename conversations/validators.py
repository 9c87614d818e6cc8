from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator

URL_REGEX = r"^https?://"

validate_http_url = RegexValidator(
    URL_REGEX, message="The URL must start with http:// or https://.", code="invalid_url"
)


def validate_json_object(value):
    if not isinstance(value, dict):
        raise ValidationError("Must be a JSON object.", code="not_an_object")
