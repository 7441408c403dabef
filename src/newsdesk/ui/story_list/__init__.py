"""The story list: a table model that mirrors a query, and its view."""
