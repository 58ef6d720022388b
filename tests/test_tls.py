"""
TLS: C{server.listen} takes Twisted's C{ssl:} endpoint (certificate and key
files), and streams work over it -- with the OpenAI SDK trusting a private
CA, and with treq -- while a client that does not trust the certificate is
refused.

The certificates are made in the test: a throwaway CA and a certificate
for localhost and 127.0.0.1 signed by it.
"""

from __future__ import annotations

import datetime
import ipaddress
import tempfile
from pathlib import Path
from typing import Any

import openai
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from twisted.internet import reactor
from twisted.internet.defer import inlineCallbacks
from twisted.internet.ssl import Certificate
from twisted.trial.unittest import TestCase
from twisted.web.client import Agent, BrowserLikePolicyForHTTPS, HTTPConnectionPool

from tests.fake_provider import Stream, answer_events
from tests.proxy_harness import (
    STREAM_CHAT,
    ArrivalRecorder,
    ProviderAndProxyMixin,
    assert_spread_out,
    in_thread,
    post_chat_to,
)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """
    A CA, and a server certificate and key signed by it, as PEM files.

    @return: (CA certificate, server certificate, server key) paths.
    """
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("KoreShield test CA"))
        .issuer_name(_name("KoreShield test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = (directory / "ca.pem", directory / "cert.pem", directory / "key.pem")
    paths[0].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return paths


class TLSListenTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def setUp(self) -> Any:
        self.ca_file, cert_file, key_file = make_certificates(Path(tempfile.mkdtemp()))
        self.proxy_overrides = {
            "server": {"listen": f"ssl:0:interface=127.0.0.1:privateKey={key_file}:certKey={cert_file}"},
        }
        yield super().setUp()
        self.https_url = f"https://localhost:{self.proxy.port}"

    def sdk_client(self, ca_file: Path | None) -> openai.OpenAI:
        http_client = openai.DefaultHttpxClient(verify=str(ca_file) if ca_file else True)
        self.addCleanup(http_client.close)
        return openai.OpenAI(
            base_url=self.https_url + "/v1",
            api_key="sk-client-side",
            max_retries=0,
            timeout=10,
            http_client=http_client,
        )

    @inlineCallbacks
    def test_the_openai_sdk_streams_over_tls_trusting_a_private_ca(self) -> Any:
        self.provider.behaviour = Stream(answer_events(["Secure", " hello"]), gap=0.02)
        client = self.sdk_client(self.ca_file)

        def call() -> str:
            stream = client.chat.completions.create(
                model="fake-model", messages=[{"role": "user", "content": "hi"}], stream=True
            )
            return "".join(chunk.choices[0].delta.content or "" for chunk in stream)

        content = yield in_thread(call)
        self.assertEqual(content, "Secure hello")

    @inlineCallbacks
    def test_events_over_tls_arrive_spread_out_as_sent(self) -> Any:
        pool = HTTPConnectionPool(reactor, persistent=False)
        self.addCleanup(pool.closeCachedConnections)
        trust = BrowserLikePolicyForHTTPS(trustRoot=Certificate.loadPEM(self.ca_file.read_bytes()))
        agent = Agent(reactor, contextFactory=trust, pool=pool)
        events = answer_events(["a", "b", "c"])
        self.provider.behaviour = Stream(events, gap=0.1)
        response = yield post_chat_to(self.https_url, STREAM_CHAT, agent=agent)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        yield recorder.done
        self.assertEqual(recorder.body, b"".join(events))
        gaps = recorder.event_gaps()
        assert_spread_out(self, gaps, 0.1)

    @inlineCallbacks
    def test_a_client_that_does_not_trust_the_certificate_is_refused(self) -> Any:
        client = self.sdk_client(None)

        def call() -> Any:
            return client.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "hi"}])

        yield self.assertFailure(in_thread(call), openai.APIConnectionError)
        self.assertEqual(self.provider.requests, [])
