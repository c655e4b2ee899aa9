"""What report_groups and report_funnel share: pick the service, build the page's tables
with the same code as the web pages (small numbers suppressed), print CSV or a table."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pmp_followon.accounts.models import Service
from reports.pages import PAGES, table_csv, table_text
from reports.selectors.common import ReportFilter


class ReportCommand(BaseCommand):
    page = ""
    tables: tuple[str, ...] = ()

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=["csv", "table"], default="table")
        parser.add_argument("--service", help="Service name or id (needed when there are several).")
        parser.add_argument("--programme", type=int, help="Only this programme (id).")

    def _service(self, wanted: str | None) -> Service:
        services = Service.objects.all()
        if wanted:
            found = (
                services.filter(pk=int(wanted))
                if wanted.isdigit()
                else services.filter(name__iexact=wanted)
            )
            service = found.first()
            if service is None:
                raise CommandError(f"No service called {wanted!r}.")
            return service
        if services.count() != 1:
            raise CommandError("Name the service with --service.")
        return services.get()

    def handle(self, *args, **options) -> None:
        service = self._service(options.get("service"))
        flt = ReportFilter(programme_id=options.get("programme"))
        page = PAGES[self.page](service, flt, timezone.now())
        render = table_csv if options["format"] == "csv" else table_text
        for index, key in enumerate(self.tables):
            if index:
                self.stdout.write("")
            self.stdout.write(render(page.tables[key]), ending="")
