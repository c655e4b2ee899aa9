"""`make bench`: run the benchmarks. Not tests: they print figures and assert only that
nothing was lost or sent twice."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import notifications_bench  # noqa: E402

if __name__ == "__main__":
    sys.exit(notifications_bench.main())
