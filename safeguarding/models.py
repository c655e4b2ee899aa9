"""Models for safeguarding (filled by its issue)."""
