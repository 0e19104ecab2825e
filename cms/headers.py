"""The Content-Security-Policy, with the Wagtail admin's own allowances.

django-csp writes the header from `settings.CONTENT_SECURITY_POLICY`. The public
site (our templates) runs no inline script and loads scripts from this site only.
Wagtail's admin (and wagtail-localize's editor) still write inline `<script>`
blocks for widgets and panels, preview pages in a frame of the admin and show
images from blob: URLs while uploading, so under /admin/ the directives in
`settings.CSP_ADMIN_REPLACE` replace the public ones (tests/e2e/test_admin_csp.py
clicks through the admin under this policy).
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.CSP_ADMIN_PREFIX):
            parts.replace = {**settings.CSP_ADMIN_REPLACE, **(parts.replace or {})}
        return parts
