"""The API's JSON parser: a body nested deeper than ``API_MAX_JSON_DEPTH`` is a 400.

Python's json module raises RecursionError (not ValueError) on very deep nesting,
which DRF's parser lets escape as a 500; and a document only just under that limit
would fail later, when it is rendered or stored. So the depth is bounded explicitly
(an iterative walk over the containers only, cheap next to the parse itself).
"""

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


def max_depth(data, limit: int) -> int:
    """Nesting depth of parsed JSON, iteratively; stops counting once past ``limit``."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            node = node.values()
        elif not isinstance(node, list):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in node if isinstance(child, dict | list))
    return deepest


def too_deep() -> ParseError:
    limit = settings.API_MAX_JSON_DEPTH
    return ParseError(f"JSON parse error - nested deeper than {limit} levels.", code="too_deep")


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.API_MAX_JSON_DEPTH
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise too_deep() from None
        if isinstance(data, dict | list) and max_depth(data, limit) > limit:
            raise too_deep()
        return data
