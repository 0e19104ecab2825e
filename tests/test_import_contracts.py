"""The import contracts of `make lint` catch what they promise to catch (issue 10).

`lint-imports` runs on a copy of the project's packages: clean, it passes; with one
import that breaks a layer, a forbidden edge or the no-cycles rule added, it fails and
names the broken contract. A contract that was mistyped (a wrong module name, a
layer list that no longer matches the folders) would pass everything and fail here.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["cms", "resources", "volunteers", "home"]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

# contract name -> files that break it (path -> source)
VIOLATIONS = {
    "Layers: home > reports > people apps > resources > cms": {
        "cms/_reaches_up.py": "import resources.page_cache\n",
    },
    "Published content never imports the people side": {
        "resources/_reads_people.py": "import volunteers.outbox\n",
    },
    "The matching engine is pure: no Django, no models, no Celery": {
        "volunteers/matching/engine/_uses_django.py": "import django.db\n",
    },
    "No import cycles between the modules of any app": {
        "home/_cycle_one.py": "from home import _cycle_two\n",
        "home/_cycle_two.py": "from home import _cycle_one\n",
    },
}


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    """The Python sources of the four packages and pyproject.toml, nothing else."""
    target = tmp_path_factory.mktemp("contracts")
    keep_python = shutil.ignore_patterns("*.pyc", "__pycache__", "locale", "static", "templates")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, target / package, ignore=keep_python)
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    return target


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (the venv's own lint-imports, fixed arguments)
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=folder,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_project_as_it_is_keeps_every_contract(project_copy):
    result = lint_imports(project_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(VIOLATIONS)} kept, 0 broken" in result.stdout


@pytest.mark.parametrize("contract", VIOLATIONS)
def test_one_bad_import_breaks_its_contract(project_copy, tmp_path, contract):
    broken = tmp_path / "project"
    shutil.copytree(project_copy, broken)
    for path, source in VIOLATIONS[contract].items():
        (broken / path).write_text(source)
    result = lint_imports(broken)
    assert result.returncode != 0, result.stdout
    assert f"{contract} BROKEN" in result.stdout, result.stdout
