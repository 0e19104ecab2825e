"""The page explorer's cells rendered once per shape (cms/shared_cells.py,
cms/page_explorer.py): the same table as Wagtail renders, row by row."""

import pytest
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.admin.views.pages.listing import ExplorableIndexView

from cms import page_explorer, roles
from cms.shared_cells import SharedCells
from tests.admin_lists import table_html
from tests.factories.resources import ThemePackagePageFactory

pytestmark = pytest.mark.django_db


def table_html_by_wagtail(client, url, monkeypatch):
    """The table with every cell rendered by Wagtail on its own."""
    with monkeypatch.context() as patch:
        patch.setattr(
            page_explorer.SharedCellsExplorableIndexView,
            "explorable_columns",
            ExplorableIndexView.explorable_columns,
        )
        return table_html(client, url)


def packages_of_every_kind(theme_index, editor, other_editor, restrict):
    titles = ("Äidin 'talous' <&>", "Sama nimi", "Sama nimi", "julkaistu", "Muokkaa")
    for n, title in enumerate(titles):
        ThemePackagePageFactory(parent=theme_index, title=title, slug=f"paketti-{n}")
    for n in range(3):
        ThemePackagePageFactory(parent=theme_index, title=f"Luonnos {n}", live=False)
        changed = ThemePackagePageFactory(parent=theme_index, title=f"Muutettu {n}")
        changed.title = f"Muutettu uudelleen {n}"
        changed.save_revision()
    for n, locker in enumerate((editor, editor, other_editor, other_editor)):
        page = ThemePackagePageFactory(parent=theme_index, title=f"Lukittu {n}")
        page.locked, page.locked_by = True, locker
        page.save()
    for n in range(2):
        restrict(ThemePackagePageFactory(parent=theme_index, title=f"Yksityinen {n}"))
        parent = ThemePackagePageFactory(parent=theme_index, title=f"Lapsia {n}")
        ThemePackagePageFactory(parent=parent, title=f"Lapsi {n}")


@pytest.mark.parametrize("ordering", ["", "?ordering=title", "?ordering=-live"])
@pytest.mark.parametrize("superuser", [False, True])
def test_an_editors_explorer_table_is_the_one_wagtail_renders(
    client, make_user, theme_index, restrict, monkeypatch, ordering, superuser
):
    editor = make_user(roles.EDITORS, is_superuser=superuser)
    packages_of_every_kind(theme_index, editor, make_user(roles.EDITORS), restrict)
    client.force_login(editor)
    url = reverse("wagtailadmin_explore", args=[theme_index.pk]) + ordering
    client.get(url)
    # Both renderings at one moment: the "Updated" column says how long ago.
    with freeze_time(timezone.now()):
        shared = table_html(client, url)
        assert shared == table_html_by_wagtail(client, url, monkeypatch)
    assert "Äidin &#x27;talous&#x27; &lt;&amp;&gt;" in shared


def test_a_search_shows_the_same_rows_as_wagtail(
    client, make_user, theme_index, restrict, monkeypatch
):
    editor = make_user(roles.EDITORS)
    packages_of_every_kind(theme_index, editor, make_user(roles.EDITORS), restrict)
    client.force_login(editor)
    url = reverse("wagtailadmin_explore", args=[theme_index.pk]) + "?q=Lapsi&search_all=1"
    with freeze_time(timezone.now()):
        assert table_html(client, url) == table_html_by_wagtail(client, url, monkeypatch)


def _render(cells, key, values, template):
    rendered = []

    def render():
        html = template.format(**values)
        rendered.append(html)
        return html

    return cells.render(key, values, render), len(rendered)


def test_a_shape_is_shared_after_a_second_row_with_other_values_matched_it():
    cells = SharedCells()
    template = '<a href="{url}" title="Open {title}">{title}</a>'
    rows = [
        {"url": "/a/", "title": "A"},
        {"url": "/a/", "title": "A"},  # the same values: proves nothing
        {"url": "/b/", "title": "B"},
        {"url": "/c/", "title": "C &"},
    ]
    results = [_render(cells, "k", row, template) for row in rows]
    assert [rendered for _html, rendered in results] == [1, 1, 1, 0]
    assert results[3][0] == '<a href="/c/" title="Open C &amp;">C &amp;</a>'


def test_a_value_that_is_also_fixed_text_keeps_that_shape_rendered_row_by_row():
    cells = SharedCells()
    template = '<span title="Open {title}">{title}</span>'
    rows = [{"title": "Open"}, {"title": "Two"}, {"title": "Three"}]
    results = [_render(cells, "k", row, template) for row in rows]
    assert [rendered for _html, rendered in results] == [1, 1, 1]
    assert results[2][0] == '<span title="Open Three">Three</span>'
