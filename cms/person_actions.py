"""Header buttons on a person's admin pages (a participant's or a volunteer's edit
and inspect views) contributed by higher layers.

The people apps cannot import the privacy app that exports and erases them (it
sits above them), so it registers a `register_person_actions` hook: a function
``(request, obj) -> list[HeaderButton]`` returning the buttons the user may press.
"""

from django.utils.functional import cached_property
from wagtail import hooks

HOOK = "register_person_actions"


class PersonActionsMixin:
    """Adds the hooked buttons to a generic edit or inspect view's header."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        for fn in hooks.get_hooks(HOOK):
            buttons.extend(fn(self.request, self.object) or [])
        return buttons
