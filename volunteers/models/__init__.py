"""All personal data lives in this app. Models are split by subject."""

from .notifications import OutgoingEmail
from .places import Municipality

__all__ = ["Municipality", "OutgoingEmail"]
