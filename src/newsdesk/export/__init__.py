"""Site, feeds and news packages, written from plain story data (no database access)."""
