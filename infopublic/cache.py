"""A Redis cache that degrades instead of failing: when Redis is down or hung, reads miss and writes are
dropped, so every page is computed from the database (slower, never a 500).

After a failure the process leaves Redis alone for `RETRY_AFTER` seconds instead of paying a connection
timeout on every call; then one call tries again.

Django's Redis client builds a `redis.Redis` object on every call; this one keeps one per connection pool
(they are thread-safe): building it costs more than a cached page's round trip."""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from redis.exceptions import RedisError

__all__ = ["ResilientRedisCache"]

logger = logging.getLogger(__name__)

RETRY_AFTER = 10.0


class ReusedClients(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(index))
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
        self._down_until = 0.0
        self._lock = threading.Lock()

    def _available(self):
        return time.monotonic() >= self._down_until

    def _failed(self, error):
        with self._lock:
            first = self._available()
            self._down_until = time.monotonic() + RETRY_AFTER
        if first:
            logger.warning("Cache Redis indisponible, pages calculées depuis la base de données : %s", error)

    def _guarded(self, method, fallback, *args, **kwargs):
        if not self._available():
            return fallback()
        try:
            return method(*args, **kwargs)
        except (RedisError, OSError) as error:
            self._failed(error)
            return fallback()

    def get(self, key, default=None, version=None):
        return self._guarded(super().get, lambda: default, key, default, version)

    def get_many(self, keys, version=None):
        return self._guarded(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(super().has_key, lambda: False, key, version)

    def set(self, *args, **kwargs):
        return self._guarded(super().set, lambda: None, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._guarded(super().set_many, list, *args, **kwargs)

    def add(self, *args, **kwargs):
        # As if the key had been added: a rate limit counts the first hit and lets it through.
        return self._guarded(super().add, lambda: True, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._guarded(super().touch, lambda: False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._guarded(super().delete, lambda: False, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._guarded(super().delete_many, lambda: None, *args, **kwargs)

    def clear(self):
        return self._guarded(super().clear, lambda: None)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (cache unavailable).")

        return self._guarded(super().incr, missing, key, delta, version)
