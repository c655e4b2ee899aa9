"""Models for groups (filled by its issue)."""
