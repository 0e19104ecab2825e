"""Forms of the volunteers app: public sign-up, the volunteer portal, screening."""
