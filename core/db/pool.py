"""The connection pool's health check, only after idle.

psycopg_pool's ``check_connection`` is one more round trip on every checkout. A
connection handed back less than ``DB_POOL_CHECK_IDLE_SECONDS`` ago was working then,
so it is handed out unchecked; one idle for longer (when a server restart or a
network cut may have killed it) is checked first and replaced if dead, as before.
A connection that dies within that window fails its request once (a 5xx; /health
answers 503) and is discarded by the pool, not handed out again.
"""

import time
import weakref

from psycopg_pool import ConnectionPool

IDLE_SECONDS = 5.0  # settings.DB_POOL_CHECK_IDLE_SECONDS

_returned_at: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def check_after_idle(conn) -> None:
    """``check`` callback: the real check only for connections idle past the limit."""
    returned = _returned_at.get(conn)
    if returned is not None and time.monotonic() - returned < IDLE_SECONDS:
        return
    ConnectionPool.check_connection(conn)


def stamp_return(conn) -> None:
    """``reset`` callback: remember when the connection came back (no round trip)."""
    if not conn.closed:
        _returned_at[conn] = time.monotonic()
