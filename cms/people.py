"""Staff and volunteers by name: Django's User prints as its username ("worker",
"coordinator"), which is an identifier, not something to show a colleague."""

from django.utils.text import capfirst
from wagtail.admin.ui.tables import Column


def person_name(user) -> str:
    """The user's full name, or the username when no name is recorded."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def person_column(model, field_name: str) -> Column:
    """A list column showing the user in ``field_name`` by name (sortable by the field)."""
    return Column(
        field_name,
        label=capfirst(model._meta.get_field(field_name).verbose_name),
        accessor=lambda obj: person_name(getattr(obj, field_name)) or "—",
        sort_key=field_name,
    )


def name_users_in(form, *field_names):
    """Let the form's user choosers list people by name."""
    for name in field_names:
        if name in form.fields:
            form.fields[name].label_from_instance = person_name
