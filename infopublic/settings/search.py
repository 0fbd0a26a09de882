"""Search settings: the search engine (database or Elasticsearch) and Wagtail's own search backend."""

import os

from .environment import env_bool

# Search engine. ELASTICSEARCH_URL unset: the database engine (SQLite FTS5 or PostgreSQL full-text).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "infopublic")
# Rewrite the client's compatibility media types to plain JSON (needed by OpenSearch-compatible test servers).
ELASTICSEARCH_PLAIN_JSON = env_bool("ELASTICSEARCH_PLAIN_JSON", False)
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "5"))
# Circuit breaker: after this many failures in a row, searches use the database for this many seconds.
ELASTICSEARCH_BREAKER_FAILURES = int(os.environ.get("ELASTICSEARCH_BREAKER_FAILURES", "3"))
ELASTICSEARCH_BREAKER_SECONDS = int(os.environ.get("ELASTICSEARCH_BREAKER_SECONDS", "30"))
# While Elasticsearch is down, the task worker retries the replay of queued changes every this many seconds.
ELASTICSEARCH_REPLAY_RETRY_SECONDS = int(os.environ.get("ELASTICSEARCH_REPLAY_RETRY_SECONDS", "60"))

# Wagtail's own search (admin, /api/v2/pages/?search=) uses the same Elasticsearch when there is one:
# Wagtail's elasticsearch8 backend, given the plain-JSON node class when ELASTICSEARCH_PLAIN_JSON is on.
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elastic.wagtail_backend",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": f"{ELASTICSEARCH_INDEX_PREFIX}-wagtail-",
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
