"""Isolation: permission policies (and, later, sandboxes and workers)."""
