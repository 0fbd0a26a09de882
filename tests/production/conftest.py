from tests.home.test_cache_outage import redis_server  # noqa: F401 - a Redis server of the test's own
