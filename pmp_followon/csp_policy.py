"""django-csp's middleware, with the policy's text made once per process.

django-csp builds the Content-Security-Policy header from the settings on every response
(about 0.05 ms of CPU a request here: issue 17, run 8). The policy is the same on every
response but for the nonce, so its text is made once (for the settings object in force: a
test that overrides the settings gets its own) with a placeholder where the nonce goes, and
each response gets the text with its own nonce. A response with its own policy (django-csp's
decorators set ``_csp_config``, ``_csp_update`` or ``_csp_replace``) goes through django-csp
as before. The header's text is the one django-csp would write (tests/security/test_csp.py).
"""

from __future__ import annotations

import http.client as http_client
from typing import TYPE_CHECKING

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from csp.utils import build_policy
from django.conf import settings

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponseBase

# Never a real nonce (those are base64 of 16 random bytes, 24 characters).
_NONCE = "pmp-nonce-placeholder"
_OWN_POLICY = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)


class CSPMiddleware(DjangoCSPMiddleware):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._made: tuple = ()

    def _texts(self) -> tuple[str, str, str, str, tuple[str, ...], tuple[str, ...]]:
        """(policy, policy with the nonce placeholder) for the header and the report-only
        header, and each one's excluded prefixes, for the settings in force."""
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        if self._made and self._made[0] is policy and self._made[1] is report_only:
            return self._made[2]
        texts = (
            build_policy(),
            build_policy(nonce=_NONCE),
            build_policy(report_only=True),
            build_policy(nonce=_NONCE, report_only=True),
            tuple((policy or {}).get("EXCLUDE_URL_PREFIXES", None) or ()),
            tuple((report_only or {}).get("EXCLUDE_URL_PREFIXES", None) or ()),
        )
        self._made = (policy, report_only, texts)
        return texts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if any(getattr(response, name, None) is not None for name in _OWN_POLICY):
            return super().process_response(request, response)
        exempted_debug_codes = (http_client.INTERNAL_SERVER_ERROR, http_client.NOT_FOUND)
        if response.status_code in exempted_debug_codes and settings.DEBUG:
            return response
        plain, with_nonce, plain_ro, with_nonce_ro, excluded, excluded_ro = self._texts()
        nonce = getattr(request, "_csp_nonce", None)
        path = request.path_info
        for header, text, text_with_nonce, exempt, prefixes in (
            (HEADER, plain, with_nonce, "_csp_exempt", excluded),
            (HEADER_REPORT_ONLY, plain_ro, with_nonce_ro, "_csp_exempt_ro", excluded_ro),
        ):
            policy = text_with_nonce.replace(_NONCE, nonce) if nonce else text
            if (
                policy
                and header not in response
                and getattr(response, exempt, False) is False
                and not path.startswith(prefixes)
            ):
                response[header] = policy
        # As django-csp: a nonce asked for after the header is written is an error.
        if getattr(request, "_csp_nonce", None) is None:
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
