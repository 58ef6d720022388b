"""
Counting an exchange's tokens for its key's budget: the provider's own
count when it gave one, an estimate when a stream was cut short, and the
usage chunk a client did not ask for kept out of its stream.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.internet.interfaces import IPushProducer
from twisted.internet.task import Clock
from twisted.trial.unittest import SynchronousTestCase

from koreshield.auth import ClientKey
from koreshield.metering import TokenMeter, tokens_used
from koreshield.parse import parse_chat_request
from koreshield.relay import ClientSink
from koreshield.state.limits import MemoryKeyLimits
from koreshield.stats import ExchangeRecord
from koreshield.stream_usage import UsageHidingSink, asks_for_usage, is_usage_chunk, with_usage_requested
from tests.fake_provider import DONE, chunk, usage_chunk


def record(**fields: Any) -> ExchangeRecord:
    return ExchangeRecord(request_id="req_1", endpoint="chat_completions", started_at=0.0, **fields)


class TokensUsedTests(SynchronousTestCase):
    def test_the_providers_usage_is_what_counts(self) -> None:
        exchange = record(prompt_chars=4000)
        exchange.count_events(chunk("Hello") + usage_chunk(12, 30) + DONE)
        self.assertEqual(tokens_used(exchange), 42)

    def test_a_stream_cut_short_is_estimated_from_the_prompt_and_what_was_relayed(self) -> None:
        exchange = record(prompt_chars=401)
        exchange.count_events(chunk("", role="assistant") + chunk("Hello") + chunk(" there, how are you"))
        # prompt: ceil(401 / 4) = 101; completion: max(2 deltas, ceil(24 bytes / 4) = 6)
        self.assertEqual(tokens_used(exchange), 107)

    def test_many_small_deltas_count_one_token_each(self) -> None:
        exchange = record(prompt_chars=0)
        exchange.count_events(b"".join(chunk("a") for _ in range(10)))
        self.assertEqual(tokens_used(exchange), 10)

    def test_an_exchange_the_provider_never_answered_costs_nothing(self) -> None:
        self.assertEqual(tokens_used(record(prompt_chars=10_000)), 0)

    def test_a_non_streamed_answers_usage_is_read_from_its_body(self) -> None:
        exchange = record()
        answer = {
            "choices": [{"message": {"content": "the usage is fine"}}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 3},
        }
        exchange.count_answer(json.dumps(answer).encode())
        self.assertEqual((exchange.prompt_tokens, exchange.completion_tokens, tokens_used(exchange)), (5, 3, 8))

    def test_an_answer_without_usage_is_estimated_from_its_content(self) -> None:
        exchange = record(prompt_chars=40)
        exchange.count_answer(b'{"choices":[{"message":{"role":"assistant","content":"twelve chars"}}]}')
        self.assertEqual(tokens_used(exchange), 10 + 3)

    def test_content_with_escaped_quotes_is_measured_whole(self) -> None:
        exchange = record()
        exchange.count_events(b'data: {"choices":[{"delta":{"content":"say \\"hi\\" now"}}]}\n\n')
        self.assertEqual((exchange.content_deltas, exchange.content_bytes), (1, len(rb"say \"hi\" now")))


class TokenMeterTests(SynchronousTestCase):
    def test_a_finished_exchange_is_spent_from_its_keys_budget(self) -> None:
        limits = MemoryKeyLimits(Clock())
        key = ClientKey("k", b"", token_budget=(100, 60))
        exchange = record()
        exchange.count_events(usage_chunk(20, 22))
        TokenMeter(limits).exchange_finished(key, exchange)
        self.assertEqual(self.successResultOf(limits.usage(key)).used, 42)

    def test_keys_without_a_budget_are_not_metered(self) -> None:
        limits = MemoryKeyLimits(Clock())
        key = ClientKey("k", b"", rate_limit=(5, 60))
        exchange = record()
        exchange.count_events(usage_chunk(20, 22))
        TokenMeter(limits).exchange_finished(key, exchange)
        self.assertIsNone(self.successResultOf(limits.usage(key)).used)


STREAM_BODY = b'{"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]}'


class UsageRequestTests(SynchronousTestCase):
    def test_a_stream_is_made_to_ask_for_usage(self) -> None:
        chat = with_usage_requested(parse_chat_request(STREAM_BODY))
        self.assertEqual(json.loads(chat.raw)["stream_options"], {"include_usage": True})
        self.assertTrue(asks_for_usage(chat))

    def test_the_clients_other_stream_options_are_kept(self) -> None:
        body = STREAM_BODY[:-1] + b',"stream_options":{"include_obfuscation":false}}'
        chat = with_usage_requested(parse_chat_request(body))
        self.assertEqual(chat.body["stream_options"], {"include_obfuscation": False, "include_usage": True})

    def test_a_client_that_asked_is_seen_to_have_asked(self) -> None:
        body = STREAM_BODY[:-1] + b',"stream_options":{"include_usage":true}}'
        self.assertTrue(asks_for_usage(parse_chat_request(body)))
        self.assertFalse(asks_for_usage(parse_chat_request(STREAM_BODY)))


class RecordingSink(ClientSink):
    def __init__(self) -> None:
        self.written: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.written.append(data)

    def finish(self) -> None:
        pass

    def register_producer(self, producer: IPushProducer) -> None:
        pass

    def unregister_producer(self) -> None:
        pass


class UsageHidingSinkTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.client = RecordingSink()
        self.sink = UsageHidingSink(self.client)

    def test_the_usage_chunk_is_dropped_and_everything_else_relayed_unchanged(self) -> None:
        self.sink.write(chunk("Hi") + chunk(finish="stop") + usage_chunk(3, 4) + DONE)
        self.assertEqual(self.client.written, [chunk("Hi") + chunk(finish="stop") + DONE])

    def test_a_write_holding_only_the_usage_chunk_writes_nothing(self) -> None:
        self.sink.write(usage_chunk(3, 4))
        self.assertEqual(self.client.written, [])

    def test_chunks_with_a_null_usage_field_are_relayed(self) -> None:
        event = b'data: {"choices":[{"index":0,"delta":{"content":"x"}}],"usage":null}\n\n'
        self.sink.write(event)
        self.assertEqual(self.client.written, [event])

    def test_crlf_framed_events_are_split_the_same_way(self) -> None:
        first = chunk("Hi").replace(b"\n\n", b"\r\n\r\n")
        usage = usage_chunk(1, 2).replace(b"\n\n", b"\r\n\r\n")
        self.sink.write(first + usage)
        self.assertEqual(self.client.written, [first])

    def test_a_content_chunk_mentioning_usage_is_not_a_usage_chunk(self) -> None:
        self.assertFalse(is_usage_chunk(chunk('"usage": {"a": 1}')))
