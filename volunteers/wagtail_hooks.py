"""Wagtail hooks of the volunteers app."""

from . import participant_hooks  # noqa: F401  (registers the Participants menu and panel)
