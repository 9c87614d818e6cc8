"""The admin site staff use: its index groups the models the way staff work (what waits for
a decision first, then the audit trail, then each product's data), under a plain title.

Installed through ``core.apps.StaffAdminConfig`` (in INSTALLED_APPS instead of
``django.contrib.admin``), so ``admin.site`` everywhere is this site.
"""

from django.contrib import admin

#: (section title, [app_label.ModelName, ...]): shown first, in this order; every other
#: model stays under its product's name.
SECTIONS = [
    (
        "Decisions waiting for staff",
        [
            "engagement.Reply",
            "engagement.Escalation",
            "portfolio.LoanApplication",
            "portfolio.Transaction",
            "ideas.Evaluation",
            "research.Run",
        ],
    ),
    (
        "Audit and retention",
        ["engagement.AuditLog", "engagement.RetentionRun", "admin.LogEntry"],
    ),
    ("People and access", ["accounts.User", "auth.Group", "accounts.ApiKey"]),
]

#: product names as staff call them (app verbose names are the developers')
PRODUCT_NAMES = {
    "accounts": "Accounts and settings",
    "conversations": "AI agent conversations",
    "ideas": "Business-idea evaluations",
    "engagement": "Social engagement bot",
    "research": "Research platform",
    "portfolio": "Investing and gamification",
    "axes": "Login attempts (lockouts)",
}


class StaffAdminSite(admin.AdminSite):
    site_header = "Data platform · staff"
    site_title = "Data platform staff"
    index_title = "Overview"
    # the index groups the models; without the left sidebar every list has the full width
    enable_nav_sidebar = False

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        if app_label is not None:
            return apps
        by_label = {}
        for app in apps:
            app["name"] = PRODUCT_NAMES.get(app["app_label"], app["name"])
            for model in app["models"]:
                by_label[f"{app['app_label']}.{model['object_name']}"] = model
        placed = set()
        sections = []
        for title, labels in SECTIONS:
            models = [by_label[label] for label in labels if label in by_label]
            if not models:
                continue
            placed.update(id(m) for m in models)
            slug = title.lower().replace(" ", "-")
            sections.append(
                {
                    "name": title,
                    "app_label": slug,
                    "app_url": models[0]["admin_url"] or "",
                    "has_module_perms": True,
                    "models": models,
                }
            )
        rest = []
        for app in apps:
            app["models"] = [m for m in app["models"] if id(m) not in placed]
            if app["models"]:
                rest.append(app)
        return sections + rest
