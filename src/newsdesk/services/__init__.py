"""Use cases: the only callers of storage; the CLI and the GUI call these."""
