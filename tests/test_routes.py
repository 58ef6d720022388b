"""
Specification of the public listener's routes: the endpoint each routed path
is counted and logged under (the C{endpoint} label of
C{koreshield_requests_total}, the C{endpoint} field of C{request_completed})
when KoreShield answers it before any exchange (a refused key, a wrong
method, a body refused).  These labels are a contract: dashboards and alerts
select on them.
"""

from __future__ import annotations

from typing import Any

from twisted.trial.unittest import TestCase

from tests.proxy_harness import RunningProxy

LABELS: dict[bytes, str] = {
    b"/v1/chat/completions": "chat_completions",
    b"/v1/embeddings": "embeddings",
    b"/v1/completions": "completions",
    b"/v1/responses": "responses",
    b"/v1/moderations": "moderations",
    b"/v1/images/generations": "images_generations",
    b"/v1/models": "models",
    b"/v1/scan": "scan",
    b"/v1/scan/batch": "scan_batch",
    b"/v1/usage": "usage",
    b"/health": "health",
    b"/metrics": "metrics",
    b"/v1/audio/speech": "other",
    b"/v1/audio/transcriptions": "other",
    b"/v1/audio/translations": "other",
    b"/v1/images/edits": "other",
    b"/v1/images/variations": "other",
}
"""Each exact route's label, as they were when the routes and their labels were two tables (e6b4756)."""

PREFIX_LABELS: dict[bytes, str] = {
    b"/v1/models/": "models",
    b"/v1/responses/": "other",
    b"/v1/chat/completions/": "other",
}
"""
The label of each prefix's paths.  The stored objects' resources name the endpoint of a
request they answer themselves (C{responses_retrieve}, ...); refused before
them (a wrong key), a request under their prefix is C{other}.
"""


def _public_site(test: TestCase) -> Any:
    """The public listener's site with every route it can have: client keys, metrics on the same port."""
    config = {
        "providers": {"fake": {"base_url": "http://127.0.0.1:9/v1", "api_key": "sk-fake"}},
        "default_provider": "fake",
        "auth": {"keys": [{"name": "team-a", "key": "sk-team-a-0123456789"}]},
    }
    proxy = RunningProxy.start(config)
    test.addCleanup(proxy.stop)
    return proxy.service.site


class RouteLabelTests(TestCase):
    def setUp(self) -> None:
        self.site = _public_site(self)
        self.router = self.site.resource

    def routes(self) -> list[bytes]:
        return [path for path in self.router.routed() if not path.endswith(b"/")]

    def prefixes(self) -> list[bytes]:
        return [path for path in self.router.routed() if path.endswith(b"/")]

    def test_every_route_is_counted_under_the_label_it_always_had(self) -> None:
        self.assertEqual({path: self.site.endpoint_of(path) for path in self.routes()}, LABELS)

    def test_every_prefix_and_the_paths_under_it_are_counted_under_the_label_they_always_had(self) -> None:
        labels = {prefix: self.site.endpoint_of(prefix + b"an-id") for prefix in self.prefixes()}
        self.assertEqual(labels, PREFIX_LABELS)

    def test_every_routed_resource_names_its_endpoint(self) -> None:
        """
        The label is the resource's own C{endpoint}: a route to a resource
        that names none would be counted as C{other} without anyone deciding so.
        """
        for path, resource in self.router.routed().items():
            self.assertIsInstance(getattr(resource, "endpoint", None), str, path.decode())

    def test_a_trailing_slash_keeps_the_label(self) -> None:
        for path, label in LABELS.items():
            self.assertEqual(self.site.endpoint_of(path + b"/"), label, path)

    def test_a_path_with_no_route_is_other(self) -> None:
        for path in (b"/", b"/v1", b"/v1/chat", b"/v2/chat/completions", b"/v1/scan/batch/more"):
            self.assertEqual(self.site.endpoint_of(path), "other", path)
