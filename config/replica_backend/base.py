"""The database backend of replica aliases: PostgreSQL, failing over to the primary.

* A replica that refuses a connection between two health checks (stopped,
  restarting, unreachable) is taken out of rotation at once, and the
  connection being opened is opened to the primary instead, so the read that
  asked for it still succeeds. That fallback connection is closed at the end
  of the request (``close_at``); later reads are routed to the primary until a
  health check finds the replica back (config/db_router.py).
* A replica connection that breaks (the replica stopped under it) or a query
  cancelled by a recovery conflict (SQLSTATE 40001) outside a transaction:
  the replica leaves rotation, the connection is reopened (to the primary if
  the replica refuses) and the statement runs once more. Reads only: the
  router never sends a write or a transaction to a replica.
"""

import time

from django.db.backends.postgresql import base
from django.db.utils import OperationalError

from core.db.connect import connection_params

RETRY_SQLSTATES = {"40001"}  # "canceling statement due to conflict with recovery"


class DatabaseWrapper(base.DatabaseWrapper):
    serving_primary = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute_wrappers.append(self._fail_over)

    def get_new_connection(self, conn_params):
        from config.db_router import PRIMARY, health

        try:
            connection = super().get_new_connection(conn_params)
        except self.Database.Error as exc:
            health.mark_down(self.alias, exc)
            # This alias's Django arguments (adapters, cursor class), the primary's libpq ones.
            connection = super().get_new_connection({**conn_params, **connection_params(PRIMARY)})
            self.serving_primary = True
            self.close_at = time.monotonic()  # close at the end of this request
            return connection
        self.serving_primary = False
        return connection

    def _broken(self, exc: BaseException) -> bool:
        if getattr(exc.__cause__, "sqlstate", None) in RETRY_SQLSTATES:
            return True
        raw = self.connection
        return raw is None or raw.closed or getattr(raw, "broken", False)

    def _fail_over(self, execute, sql, params, many, context):
        try:
            return execute(sql, params, many, context)
        except OperationalError as exc:
            if self.in_atomic_block or self.serving_primary or not self._broken(exc):
                raise
            from config.db_router import health

            health.mark_down(self.alias, exc)
            self.close()
            self.ensure_connection()  # the replica again if it is back, else the primary
            context["cursor"].cursor = self.create_cursor()
            return execute(sql, params, many, context)
