"""Domain rules and Arabic text handling, in pure Python."""
