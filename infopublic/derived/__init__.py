"""Derived data: values computed from the database and kept by each process (the glossary, the vocabulary
labels, the communes' names and coverage keys), and the version keys of cached
fragments. One mechanism for all of them, correct with several processes:

- every source of such data has a version token in the database (`SourceVersion`), replaced by `changed()` in
  the same transaction as the change itself, so other processes see the new token exactly when they can see
  the new data (at commit; a rollback restores the old token with the old data);
- a process keeps a `DerivedValue` together with the tokens it was built under, and rebuilds it when a token
  differs; cache keys of fragments include the tokens (`version_key()`), so a change is never missed because a
  cache delete was dropped while Redis was down.

Within one HTTP request the tokens are read once (one query for all sources); elsewhere (task worker,
commands) at every read."""
