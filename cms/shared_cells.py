"""The cells of an admin listing's column, rendered once per request and shape.

Wagtail renders every cell from a template, and most of a long listing's time went
into rendering the same few cells again with another page's title and links. Here a
column gets a `shape(instance, parent_context)`: every input of its template that is
not one of the row's own values (state, permissions), and the row's values (a title,
a link), each as a string. The first row of a shape is rendered by Wagtail and its
values swapped for placeholders; the rows after it get that skeleton with their own
values put in, escaped as the templates escape them.

A skeleton is trusted only once it has reproduced a second row whose values all
differ from the first's, exactly as Wagtail rendered that row: a value that also
happened to be fixed text of the template (a title "Live" beside the "Live" status),
or a value the template shows in another form, fails that check, and that shape is
then rendered by Wagtail row by row. What a shape leaves out, the check cannot see:
a shape names every input of its template that is not a value.
"""

import copy
import secrets

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

_NOT_SHARED = object()


class SharedCells:
    """The skeletons of one request's listing."""

    def __init__(self):
        # Letters and digits only: escaping leaves a placeholder as it is.
        self._prefix = f"cell{secrets.token_hex(8)}"
        self._shapes = {}

    def share(self, column, shape):
        """A copy of `column` whose cells are rendered through this object;
        `shape(instance, parent_context)` gives (key, {name: value}), or None for a
        row Wagtail should render on its own."""
        shared = copy.copy(column)
        render = column.render_cell_html

        def render_cell_html(instance, parent_context):
            found = shape(instance, parent_context)
            if found is None:
                return render(instance, parent_context)
            key, values = found
            return self.render((column.name, key), values, lambda: render(instance, parent_context))

        # An instance attribute: Wagtail's Cell calls `column.render_cell_html`.
        shared.render_cell_html = render_cell_html
        return shared

    def render(self, key, values, render):
        values = {name: str(conditional_escape(value)) for name, value in values.items()}
        known = self._shapes.get(key)
        if known is _NOT_SHARED:
            return render()
        if isinstance(known, str):
            return mark_safe(self._fill(known, values))  # noqa: S308 - Wagtail's rendering, values escaped
        html = str(render())
        if known is None:
            skeleton = self._skeleton(html, values)
            if skeleton is not None:
                self._shapes[key] = (skeleton, values)
        else:
            skeleton, first_values = known
            if all(values[name] != first_values[name] for name in values):
                trusted = self._fill(skeleton, values) == html
                self._shapes[key] = skeleton if trusted else _NOT_SHARED
        return mark_safe(html)  # noqa: S308 - Wagtail's own rendering

    def _token(self, name):
        return f"{self._prefix}{name}x"

    def _skeleton(self, html, values):
        # The longest first: a row's buttons hold its title.
        for name, value in sorted(values.items(), key=lambda item: -len(item[1])):
            if not value or value not in html or any(value in self._token(n) for n in values):
                return None
            html = html.replace(value, self._token(name))
        return html

    def _fill(self, skeleton, values):
        for name, value in values.items():
            skeleton = skeleton.replace(self._token(name), value)
        return skeleton
