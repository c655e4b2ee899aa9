"""Export the approved items of the clinical safety lead's screener review list as JSON Lines
in the labelled-data format ({id, text, label, category, source: "real-use", round}), for the
screener's data folder. Only approved items; each is marked exported (and audited), so a
second run exports only what was approved since, unless --all.

    python manage.py export_screener_reviews --output real-use.jsonl [--round real-use-2027-03]
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand
from django.utils import timezone

from safeguarding import services


class Command(BaseCommand):
    help = "Write approved screener review items as JSON Lines (labelled-data format)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", default="-", help="File to write ('-': stdout).")
        parser.add_argument(
            "--round", dest="round_name", default="", help="Round name (default real-use-YYYY-MM)."
        )
        parser.add_argument("--all", action="store_true", help="Include items exported before.")

    def handle(self, *args, output: str, round_name: str, all: bool, **options):
        now = timezone.now()
        round_name = round_name or f"real-use-{now:%Y-%m}"
        records = services.review_items_export(round_name=round_name, include_exported=all, now=now)
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        if output == "-":
            sys.stdout.write(lines)
        else:
            with open(output, "a", encoding="utf-8") as handle:
                handle.write(lines)
        self.stderr.write(f"{len(records)} approved item(s) exported, round {round_name}.")
