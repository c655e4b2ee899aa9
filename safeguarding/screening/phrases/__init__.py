"""The phrase library for the safeguarding screener (data only, no logic).

`library.py` holds the one library in use, with its VERSION. To change it: edit it, bump
VERSION (year.month.n), run `python manage.py screening_report` and the tests, and judge the
new version on a fresh independent round (docs/clinical-safety/screening.md). Earlier versions
live in git history; every screening and alert records the version that made it.
"""
