from django import template

from volunteers.reports.tables import display

register = template.Library()


@register.filter
def cell(value):
    """A table cell or row label as the reader sees it."""
    if hasattr(value, "strftime") and getattr(value, "day", None) == 1:
        return value.strftime("%m/%Y")
    return display(value)
