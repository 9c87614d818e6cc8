"""How staff see values: money at its currency's precision, percentages with 2 decimals,
links to related rows, help texts without spec jargon.

The database keeps 8 decimal places for every amount (seed 004); people read USD with 2,
JPY with none, and a token such as BTC or ETH with up to 8 (trailing zeros dropped past 2).
"""

import re
from decimal import ROUND_HALF_EVEN, Decimal

from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

#: ISO 4217 minor units where they are not 2; crypto assets use up to 8.
MINOR_UNITS = {
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "CLP": 0,
    "ISK": 0,
    "HUF": 2,
    "BHD": 3,
    "KWD": 3,
    "OMR": 3,
    "TND": 3,
    "JOD": 3,
}
#: Three-letter codes that are currencies (ISO 4217 style) get 2 places unless listed above;
#: anything else (BTC, ETH, USDC, a token symbol) is an asset shown with up to 8.
CRYPTO = {"BTC", "ETH", "SOL", "USDC", "USDT", "DAI", "MATIC", "AVAX", "WBTC", "WETH"}
ASSET_PLACES = 8


def currency_places(currency: str | None) -> int:
    code = (currency or "").upper()
    if code in MINOR_UNITS:
        return MINOR_UNITS[code]
    if code in CRYPTO or len(code) != 3:
        return ASSET_PLACES
    return 2


def _group(value: Decimal, places: int) -> str:
    return f"{value:,.{places}f}"


def money(amount, currency: str | None = None) -> str:
    """``1,234.50 USD``, ``1,235 JPY``, ``0.015 BTC`` (an asset's trailing zeros dropped,
    at least 2 places kept); ``—`` for None."""
    if amount is None:
        return "—"
    places = currency_places(currency)
    value = Decimal(amount).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    text = _group(value, places)
    if places > 2 and "." in text:
        text = text.rstrip("0")
        whole, _, frac = text.partition(".")
        text = f"{whole}.{frac.ljust(2, '0')}"
    return f"{text} {currency}".strip() if currency else text


def quantity(value) -> str:
    """A holding's quantity: up to 8 places, trailing zeros dropped."""
    if value is None:
        return "—"
    return f"{Decimal(value):,.8f}".rstrip("0").rstrip(".")


def percent(value) -> str:
    """``12.50 %``; ``—`` for None."""
    if value is None:
        return "—"
    return f"{Decimal(value):,.2f} %"


def admin_link(obj, label: str | None = None):
    """A link to ``obj``'s admin change page (its ``__str__`` as the text), or the text
    alone when the model has no admin."""
    if obj is None:
        return "—"
    text = label if label is not None else str(obj)
    meta = obj._meta
    try:
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return text
    return format_html('<a href="{}">{}</a>', url, text)


_JARGON = re.compile(r"\s*\((?:FR|NFR|AC)\s*\d+(?:\.\d+)*\)")
_CODE = re.compile(r"`([^`]*)`")


def plain_help(text) -> str:
    """A model's help text as staff read it: no requirement ids ("(FR1)"), no code
    backticks ("`currency`" -> "currency")."""
    if not text:
        return text
    return _CODE.sub(r"\1", _JARGON.sub("", str(text))).strip()


# --- changelist columns --------------------------------------------------------------------

CURRENCY_FIELDS = ("currency", "base_currency")


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - not a field: a method or callable column
        return None


def is_linked_relation(model, name) -> bool:
    field = _field(model, name)
    return bool(field is not None and field.many_to_one and field.concrete)


def short_id_column(model, name):
    """A UUID primary key as the first (link) column: its short id, the full key on its page."""
    field = _field(model, name)
    if field is None or not field.primary_key or field.get_internal_type() != "UUIDField":
        return name
    column = _column(name, field, lambda obj: short_id(obj.pk))
    column.short_description = "id"
    return column


def presented_column(model, name):
    """``name`` (a list_display entry) as a formatted column, or ``name`` unchanged."""
    if not isinstance(name, str):
        return name
    field = _field(model, name)
    if field is None:
        return name
    if is_linked_relation(model, name):
        return _column(name, field, lambda obj: admin_link(getattr(obj, name)))
    if field.get_internal_type() != "DecimalField":
        return name
    if "percent" in name:
        return _column(name, field, lambda obj: percent(getattr(obj, name)))
    if name == "quantity" or name.endswith("_quantity"):
        return _column(name, field, lambda obj: quantity(getattr(obj, name)))
    currency = next((c for c in CURRENCY_FIELDS if _field(model, c) is not None), None)
    if currency is None:
        return name
    column = _column(
        name,
        field,
        lambda obj: format_html(
            '<span class="money">{}</span>', money(getattr(obj, name), getattr(obj, currency))
        ),
    )
    column.money_column = True
    return column


def _column(name, field, render):
    def column(obj):
        return render(obj)

    column.__name__ = name  # the cell's CSS class stays field-<name>
    column.short_description = field.verbose_name
    column.admin_order_field = name
    return column


# --- titles --------------------------------------------------------------------------------


def short_id(pk) -> str:
    """A key as people quote it: ``#0b1c2d3e`` (a UUID's last 8 hex digits, which differ
    between the demo fixtures' sequential keys too), ``#42`` for a number."""
    text = str(pk)
    return f"#{text.replace('-', '')[-8:]}" if "-" in text else f"#{text}"


def related_title(obj, name: str) -> str:
    """``str()`` of ``obj.<name>`` when that row is already loaded (select_related, or set
    on the instance), else its short id: a title never costs a query per row."""
    field = obj._meta.get_field(name)
    if field.is_cached(obj):
        related = getattr(obj, name)
        return str(related) if related is not None else "—"
    value = getattr(obj, field.attname)
    return short_id(value) if value is not None else "—"
