"""Readers for the formats stories arrive in, one per format, behind one registry."""
