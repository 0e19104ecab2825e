"""Signals the volunteers app sends; apps above it (matching) listen."""

from django.dispatch import Signal

# Sent once a volunteer reaches "approved", inside the screening transaction.
# Arguments: volunteer, by (the user who approved, or None).
volunteer_approved = Signal()
