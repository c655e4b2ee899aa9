from ._report_command import ReportCommand


class Command(ReportCommand):
    help = "Print the follow-on groups table (Table 2 of the study) as CSV or a text table."
    page = "groups"
    tables = ("groups",)
