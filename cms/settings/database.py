"""The database connection settings, with what SQLite needs to serve a site."""

# Seconds a connection waits for another's write lock before "database is locked".
SQLITE_BUSY_TIMEOUT_S = 20


def with_sqlite_concurrency(database: dict) -> dict:
    """SQLite in WAL mode with a busy timeout, so that a request and the page
    editor's autosave (or a task) writing at once wait instead of failing.

    WAL lets readers go on while one connection writes; IMMEDIATE transactions take
    the write lock at BEGIN, so two writers queue on the timeout instead of one
    failing when it upgrades a read lock. Other databases are returned unchanged.
    """
    if database.get("ENGINE") != "django.db.backends.sqlite3":
        return database
    options = database.setdefault("OPTIONS", {})
    options.setdefault("timeout", SQLITE_BUSY_TIMEOUT_S)
    options.setdefault("transaction_mode", "IMMEDIATE")
    options.setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
    return database


def with_connection_health_checks(database: dict) -> dict:
    """Turn on CONN_HEALTH_CHECKS wherever connections are kept (CONN_MAX_AGE > 0
    or None, i.e. for ever).

    A kept connection that the database closed (a restart, a failover) would otherwise
    fail the first request that reuses it in each process with a 500.
    """
    if database.get("CONN_MAX_AGE", 0) != 0:
        database["CONN_HEALTH_CHECKS"] = True
    return database
