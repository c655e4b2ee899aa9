"""A text message 'provider' for the benchmarks: it records the moment each message is
handed to it (wall clock, shared by every process on the machine) in Redis."""

from __future__ import annotations

import os
import time

import redis

from pmp_followon.notifications.sms import BaseSMSBackend

HANDOFF_KEY = "bench:handoff"
_client: redis.Redis | None = None


def client() -> redis.Redis:
    global _client
    if _client is None:  # made in the worker child, after the fork
        _client = redis.Redis.from_url(os.environ["BENCH_REDIS_URL"])
    return _client


class HandoffTimingSMSBackend(BaseSMSBackend):
    def send(self, *, to: str, body: str, reference: str) -> str:
        client().rpush(HANDOFF_KEY, f"{reference} {time.time():.6f}")
        return f"bench-{reference}"
