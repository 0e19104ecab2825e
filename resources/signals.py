"""Signals of published content that the people layer listens to (it may import
resources; resources may never import it)."""

from django.dispatch import Signal

# A meeting occurrence was cancelled (kwargs: meeting = the source-language page).
# The people layer tells the registered mothers.
meeting_cancelled = Signal()
# A meeting occurrence was moved (kwargs: meeting, old_start).
meeting_moved = Signal()
