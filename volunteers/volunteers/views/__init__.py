"""Views of the volunteers app: public sign-up, the portal, admin screening."""
