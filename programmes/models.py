"""Models for programmes (filled by its issue)."""
