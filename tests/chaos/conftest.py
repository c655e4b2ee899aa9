"""The chaos suite runs only when asked for (`make chaos`, which sets PMP_CHAOS=1): it
starts real workers, beat, a redis-server, an SMTP server and a fake Notify, kills them
and takes a few minutes. Without PMP_CHAOS its tests are not collected at all."""

import os

if not os.environ.get("PMP_CHAOS"):
    collect_ignore_glob = ["test_*.py"]
