"""Versioned phrase libraries for the safeguarding screener (data only, no logic).

The screener (safeguarding/screening.py) loads the library named in CURRENT. To change the
library, copy it to a new module with a new VERSION, edit, and run
`python manage.py screening_report` and the tests (see docs/clinical-safety/screening.md).
"""

CURRENT = "library_v3"
