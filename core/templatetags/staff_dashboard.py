"""``{% staff_dashboard %}``: the "needs attention" cards on the admin index (core/dashboard.py)."""

from django import template

from core.dashboard import cards

register = template.Library()


@register.inclusion_tag("admin/staff_dashboard.html", takes_context=True)
def staff_dashboard(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"cards": cards() if user is not None and user.is_staff else []}
