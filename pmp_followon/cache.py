"""Django's Redis cache, keeping one Redis client object per connection pool.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` object around the same
connection pool for every cache call. Building it (its options, its response callbacks) was
about a tenth of the CPU of a signed-in request that does nothing else, since every such
request reads its session from the cache (issue 17, run 7). The object holds no connection
and no per-call state of its own (the pool does), and is safe to share between threads, so
one per pool is enough. Behaviour is otherwise Django's own.
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class _ReusingClient(RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        # The same choice of server as Django's (_get_connection_pool_index), made once.
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server: Any, params: dict) -> None:
        super().__init__(server, params)
        self._class = _ReusingClient
