"""Helpers for the tests of the admin lists staff open every day: the queries of one
request, and a listing's table as Wagtail itself would render it."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import row_menus


def queries_of(client, url) -> int:
    """The queries of one GET of `url` (which must answer 200)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(captured)


def table_html(client, url) -> str:
    """The listing's table (the rest of the page holds per-request tokens)."""
    html = client.get(url).content.decode()
    tables = re.findall(r"<table.*?</table>", html, flags=re.DOTALL)
    assert tables, "no table"
    return "\n".join(tables)


def table_html_unshared(client, url, monkeypatch) -> str:
    """The table with every row's menu rendered by Wagtail on its own, as before
    cms/row_menus.py shared the rendering."""
    with monkeypatch.context() as patch:
        patch.setattr(row_menus.RowMenus, "share", lambda self, buttons: buttons)
        return table_html(client, url)
