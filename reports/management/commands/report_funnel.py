from ._report_command import ReportCommand


class Command(ReportCommand):
    help = "Print the funnel from programme to group, and reasons for not continuing."
    page = "funnel"
    tables = ("funnel", "reasons")
