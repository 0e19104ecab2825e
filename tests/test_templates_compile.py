"""Every template of the project compiles: a `{% load %}` of a tag library that does
not exist, or a broken tag, is otherwise found only by the first visitor of a page
that uses the template (an image block's template once loaded a library that does
not exist, so any chapter with an image would have answered 500)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines

ROOT = Path(settings.BASE_DIR)
PROJECT_TEMPLATE_DIRS = [
    path
    for path in ROOT.glob("**/templates")
    if ".venv" not in path.parts and "node_modules" not in path.parts and path.is_dir()
]
TEMPLATES = sorted(
    str(template.relative_to(folder))
    for folder in PROJECT_TEMPLATE_DIRS
    for template in folder.glob("**/*")
    if template.is_file() and template.suffix in {".html", ".txt", ".ics", ".xml"}
)


def test_the_project_has_templates_to_check():
    assert len(TEMPLATES) > 50


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_compiles(name):
    engines["django"].get_template(name)
