"""Development: the first-run defaults (SQLite, tasks in-process, console email)."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# A fixed, clearly non-secret key is fine for a local first run only.
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-not-for-production")  # noqa: S105
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
DEMO_DATA_ALLOWED = True
