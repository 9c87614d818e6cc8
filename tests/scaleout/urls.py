"""A tiny URLconf for the replica tests: write and read auth groups, and say which
server answered (pg_is_in_recovery() on the connection the router chose)."""

import json

from django.contrib.auth.models import Group
from django.db import connections, router
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def groups(request):
    if request.method == "POST":
        group = Group.objects.create(name=json.loads(request.body)["name"])
        return JsonResponse({"id": group.pk}, status=201)
    alias = router.db_for_read(Group)
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        in_recovery = cursor.fetchone()[0]
    names = list(Group.objects.order_by("name").values_list("name", flat=True))
    return JsonResponse({"alias": alias, "in_recovery": in_recovery, "names": names})


urlpatterns = [path("groups/", groups)]
