"""Which code renders the pages: part of every page-cache key (resources/page_cache.py).

Cached pages and fragments otherwise outlive a deploy: new templates, code or
translations would reach anonymous visitors only after the next publish, or a day.
With the release in the key, a new release never reads the old one's copies, and an
old process still answering during a rolling restart never fills the new one's.
"""

import functools
import hashlib
from importlib import import_module
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings

# What a page's HTML is made from: templates, the code that fills them, the
# translations and the static files whose (hashed) addresses pages name.
_RENDERING_FILES = (".html", ".py", ".mo", ".css", ".js", ".svg", ".txt")
_SKIPPED_FOLDERS = frozenset({"migrations", "__pycache__", "tests", "node_modules"})


@functools.cache
def current() -> str:
    """A digest of the RELEASE setting (a deploy may set the commit it installs) or,
    unset, of the project's own files; with the Django and Wagtail versions and the
    settings pages show (the privacy notice version the sign-up form names while no
    notice page is published). The same on every machine that runs the same code
    with the same settings. Computed once per process (about 20 ms without RELEASE)."""
    shown = (settings.RELEASE, django.__version__, wagtail.__version__)
    shown += (settings.PRIVACY_NOTICE_VERSION,)
    return digest([] if settings.RELEASE else _project_folders(), extra=shown)


def digest(folders, extra=()) -> str:
    """A short digest of the rendering files under `folders` (names and contents)."""
    summary = hashlib.blake2b(digest_size=8)
    for part in extra:
        summary.update(part.encode())
    for folder in folders:
        folder = Path(folder)
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.suffix not in _RENDERING_FILES or _SKIPPED_FOLDERS & set(relative.parts):
                continue
            if path.is_file():
                summary.update(str(relative).encode())
                summary.update(path.read_bytes())
    return summary.hexdigest()


def _project_folders() -> list[Path]:
    """The project's apps (not installed packages), its templates, translations and
    static folders."""
    base = Path(settings.BASE_DIR).resolve()
    # The project package (cms: settings, URLs, shared forms) and the apps in the
    # project; installed packages (a virtualenv may live inside it) count by version.
    project = import_module(settings.ROOT_URLCONF.partition(".")[0]).__path__
    app_folders = [
        path
        for path in (Path(c.path).resolve() for c in apps.get_app_configs())
        if path.is_relative_to(base) and "site-packages" not in path.parts
    ]
    app_folders += [Path(p) for p in project]
    template_folders = [Path(d) for t in settings.TEMPLATES for d in t.get("DIRS", ())]
    other = [*map(Path, settings.LOCALE_PATHS), *map(Path, settings.STATICFILES_DIRS)]
    # Nested app folders (volunteers/outbox inside volunteers) are read once.
    folders = sorted({f.resolve() for f in (*app_folders, *template_folders, *other)})
    return [f for f in folders if not any(f.is_relative_to(o) and f != o for o in folders)]
