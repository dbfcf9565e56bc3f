"""Incremental and parallel builds: per-document data, which pages are stale, the CI cache."""
