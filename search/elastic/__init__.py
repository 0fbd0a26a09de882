"""The Elasticsearch engine (elasticsearch.dsl), its client and index management."""
