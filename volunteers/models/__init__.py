"""All personal data lives in this app. Models are split by subject."""

from .notifications import OutgoingEmail

__all__ = ["OutgoingEmail"]
