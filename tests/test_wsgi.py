"""The WSGI module that gunicorn loads imports the URL configuration while the worker boots,
so that no visitor's request waits for it (docs/operations/benchmarks.md, run 5), and then
freezes what the boot made, out of the garbage collector's full collections (run 11)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECK = (
    "import gc, sys; import pmp_followon.wsgi; from django.conf import settings; "
    "from django.urls import get_resolver; "
    "print(settings.ROOT_URLCONF in sys.modules, 'url_patterns' in get_resolver().__dict__, "
    "'safeguarding.views' in sys.modules, gc.get_freeze_count() > 50000)"
)


def test_the_wsgi_application_loads_the_url_configuration_before_any_request():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "pmp_followon.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "True"]
