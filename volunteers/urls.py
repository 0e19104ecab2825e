"""The people side's public URLs under /volunteer/, one namespace for the apps' pages."""

from volunteers.matching import urls as matching_urls
from volunteers.volunteers import urls as volunteers_urls

app_name = "volunteers"

urlpatterns = volunteers_urls.urlpatterns + matching_urls.urlpatterns
