"""The anonymous page cache: whole public responses kept in the shared cache for visitors without a session,
under a content version that every publish (or other content change) replaces on commit."""
