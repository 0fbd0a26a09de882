"""The embedded database engine: SQLite FTS5 or PostgreSQL full-text, queried directly."""
