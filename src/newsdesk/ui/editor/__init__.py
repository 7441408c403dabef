"""The story editor: rich text body, find and replace, live counts, the story inspector."""
