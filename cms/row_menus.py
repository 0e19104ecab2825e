"""The "…" menu of every row of an admin listing, rendered once per request and shape.

Wagtail renders each row's menu from templates: the dropdown, its toggle icon, and a
button template and an icon template for every item, some twenty template renders a
row, which made most of a listing's time. Within one listing the menus of the rows
differ in little but their links and the row's title in the toggle's label. So the
first menu of each shape (the same kind of dropdown, the same items in the same order
with the same labels, icons and attributes) is rendered by Wagtail's own templates
with placeholders for those values, and every row of that shape gets a copy with its
own values put in, escaped as the templates escape them.

Which items a row shows is still decided for that row (its permissions and state,
by Wagtail or the view): only the rendering of the result is shared.
"""

import copy
import secrets

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail.admin.widgets.button import BaseDropdownMenuButton

ARIA_LABEL = "aria-label"
_REQUEST_ATTRIBUTE = "_tukiverkko_row_menus"


def _attrs_key(attrs, leave_out=()):
    return tuple(sorted((str(k), str(v)) for k, v in attrs.items() if k not in leave_out))


class RowMenus:
    """The menus of one request's listing; `share(button)` makes a row's menu use it."""

    def __init__(self):
        # Letters and digits only: escaping leaves a placeholder as it is.
        self._prefix = f"rowmenu{secrets.token_hex(8)}"
        self._skeletons = {}

    def share(self, buttons):
        """`buttons` (a row's) with each dropdown menu among them rendered through
        this object; other buttons are left alone. Returns the same list."""
        for button in buttons:
            if isinstance(button, BaseDropdownMenuButton):
                # An instance attribute, so the button stays what it is (sorting,
                # `show`, the hooks that look at it) and only its rendering changes.
                button.render_html = _Shared(self, button)
        return buttons

    def _token(self, name):
        return f"{self._prefix}{name}"

    def render(self, dropdown, parent_context):
        items = sorted(dropdown.dropdown_buttons)
        aria_label = dropdown.attrs.get(ARIA_LABEL) or ""
        key = (
            type(dropdown),
            dropdown.template_name,
            str(dropdown.label),
            dropdown.icon_name,
            dropdown.classname,
            _attrs_key(dropdown.attrs, leave_out=(ARIA_LABEL,)),
            bool(aria_label),
            tuple(
                (
                    type(item),
                    item.template_name,
                    str(item.label),
                    item.icon_name,
                    item.classname,
                    _attrs_key(item.attrs),
                    bool(item.url),
                )
                for item in items
            ),
        )
        skeleton = self._skeletons.get(key)
        if skeleton is None:
            skeleton = self._skeletons[key] = self._render_skeleton(
                dropdown, items, aria_label, parent_context
            )
        html = skeleton
        if aria_label:
            html = html.replace(self._token("t"), conditional_escape(aria_label))
        for number, item in enumerate(items):
            if item.url:
                html = html.replace(self._token(f"u{number}x"), conditional_escape(item.url))
        return mark_safe(html)  # noqa: S308 - Wagtail's own rendering, values escaped as it does

    def _render_skeleton(self, dropdown, items, aria_label, parent_context):
        placeholders = []
        for number, item in enumerate(items):
            placeholder = copy.copy(item)
            placeholder.attrs = dict(item.attrs)
            if item.url:
                placeholder.url = self._token(f"u{number}x")
            placeholders.append(placeholder)
        skeleton = copy.copy(dropdown)
        skeleton.__dict__.pop("render_html", None)
        skeleton.attrs = dict(dropdown.attrs)
        if aria_label:
            skeleton.attrs[ARIA_LABEL] = self._token("t")
        # Shadows the cached property of ButtonWithDropdownFromHook, as the plain
        # ButtonWithDropdown's own attribute; sorted already, so sorting keeps it.
        skeleton.dropdown_buttons = placeholders
        return str(skeleton.render_html(parent_context))


class _Shared:
    def __init__(self, menus, dropdown):
        self.menus = menus
        self.dropdown = dropdown

    def __call__(self, parent_context=None):
        return self.menus.render(self.dropdown, parent_context)


def for_request(request) -> RowMenus:
    """The request's RowMenus (one per request, made on first use)."""
    menus = getattr(request, _REQUEST_ATTRIBUTE, None)
    if menus is None:
        menus = RowMenus()
        setattr(request, _REQUEST_ATTRIBUTE, menus)
    return menus


class SharedRowMenusMixin:
    """For a generic IndexView: its rows' "…" menus rendered once per shape."""

    def get_list_buttons(self, instance):
        return for_request(self.request).share(super().get_list_buttons(instance))
