from cms.panels import user_group_names


def site_chrome(request):
    """What the header needs on every page: the user's group names (one query)."""
    user = getattr(request, "user", None)
    return {"user_groups": user_group_names(user) if user is not None else set()}
