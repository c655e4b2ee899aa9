"""The "what is checked and who sees what" notice members agree to before their first post
(safeguarding.md rule 7). The words are in templates/groups/includes/screening_notice.html; change
the version whenever they change, so every member reads and agrees again.
"""

SCREENING_NOTICE_VERSION = "2026-11-v1"
