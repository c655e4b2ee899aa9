"""Issue 11: no Python module outside migrations is longer than 800 lines, so each file keeps
to one concern a reader can find by its name (split by concern when one grows past it)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 800
SKIP = {".venv", "node_modules", "migrations", "var", "staticfiles", ".git"}


def test_no_module_is_longer_than_800_lines():
    modules = [p for p in ROOT.rglob("*.py") if not SKIP & set(p.relative_to(ROOT).parts)]
    assert len(modules) > 100
    long = {
        str(p.relative_to(ROOT)): n
        for p in modules
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert long == {}
