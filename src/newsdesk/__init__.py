"""Newsdesk: a desktop newsroom editor for Arabic-first newsrooms."""

__version__ = "0.1.0"
