"""The search benchmark (``make bench-search``)."""
