"""The Redis cache backend keeps one client object per server (pmp_followon/cache.py)."""

from __future__ import annotations

import os

import pytest

from pmp_followon.cache import RedisCache


def test_one_client_object_is_reused_for_every_call():
    cache = RedisCache("redis://127.0.0.1:1/0", {})  # nothing listens: no call is made
    first = cache._cache.get_client("a")
    assert cache._cache.get_client("b") is first
    assert cache._cache.get_client(None, write=True) is first
    assert first.connection_pool is cache._cache._pools[0]


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (a real Redis)")
def test_reads_and_writes_a_real_redis():
    cache = RedisCache(os.environ["REDIS_URL"], {"KEY_PREFIX": "test-cache-backend"})
    cache.set("k", {"v": 1}, 30)
    assert cache.get("k") == {"v": 1}
    assert cache.delete("k") is True
    assert cache.get("k", "gone") == "gone"
