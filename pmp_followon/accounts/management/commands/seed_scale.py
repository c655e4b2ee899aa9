"""`manage.py seed_scale`: the national-size data set for the benchmarks (bench/scale/).

A thin wrapper so the command is found under every settings module; the code lives with the
benchmarks. Local and test settings only (production refuses, as for seed_demo), and only on
PostgreSQL: it writes with COPY.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Build a national-size data set (PostgreSQL COPY) for the benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=50)
        parser.add_argument("--years", type=int, default=5)
        parser.add_argument(
            "--factor",
            type=float,
            default=1.0,
            help="Shrink (or grow) the number of programmes, and so everything that follows.",
        )
        parser.add_argument("--seed", type=int, default=17, help="Random seed.")

    def handle(self, *args, services, years, factor, seed, **options):
        if not getattr(settings, "DEMO_SEEDING_ALLOWED", False):
            raise CommandError("Scale data is only for benchmarks; these settings refuse it.")
        # bench/ is a package beside manage.py: importable whenever manage.py runs.
        from bench.scale.seed import Seeder

        started = time.monotonic()
        try:
            counts = Seeder(
                services=services, years=years, factor=factor, stdout=self.stdout, seed=seed
            ).run()
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        took = time.monotonic() - started
        self.stdout.write(f"Rows written ({took:.0f} s in all):")
        for table, count in sorted(counts.items()):
            self.stdout.write(f"  {table:<40} {count:>10,}")
