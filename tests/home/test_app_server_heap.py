"""An app server process settles its start-up objects out of the garbage collector's
way (cms/wsgi.py): without it, a full collection walked every module, template and
URL pattern and held a request for 130-175 ms, once every 25 or so admin pages (the
p95 of the admin lists in `make bench`; issue 17)."""

import os
import subprocess
import sys

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "example.org",
}


def _in_a_new_process(code: str) -> str:
    out = subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-c", code],
        env={**os.environ, **PRODUCTION},
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def test_the_wsgi_application_starts_with_its_code_frozen_out_of_collections():
    frozen, loaded = _in_a_new_process(
        "import gc, sys\n"
        "import cms.wsgi\n"
        "print(gc.get_freeze_count())\n"
        # The URLconf and the admin's hooks are loaded before the freeze: they are
        # the bulk of what a first request would otherwise add.
        "print('cms.urls' in sys.modules and 'volunteers.matching.wagtail_hooks' in sys.modules)\n"
    ).splitlines()
    assert int(frozen) > 100_000
    assert loaded == "True"
