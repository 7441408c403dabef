"""Revision history of a story: the list, word diffs between any two, restore as a new one."""
