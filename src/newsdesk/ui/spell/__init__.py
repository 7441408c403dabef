"""Spell checking in the editor: the underline highlighter and the context-menu helper."""
