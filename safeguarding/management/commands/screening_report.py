"""`python manage.py screening_report`: how the safeguarding screener does on its labelled sets.

Prints, for the development set and each held-out round separately, the 3x3 confusion matrix
(rows: true label, columns: predicted), the three goal rates with PASS/FAIL, and the phrase
library version. A thin wrapper around safeguarding.screening.evaluation.
"""

from django.core.management.base import BaseCommand, CommandError

from safeguarding.screening.evaluation import full_report, round_report


class Command(BaseCommand):
    help = "Evaluate the safeguarding screener on the development and held-out sets."

    def add_arguments(self, parser):
        parser.add_argument(
            "--show-errors", action="store_true", help="list the misclassified posts"
        )
        parser.add_argument(
            "--timing", action="store_true", help="also measure the mean time per post"
        )
        parser.add_argument(
            "--round",
            metavar="FILE",
            help="score one fresh round (a JSON Lines file, e.g. from data/sealed/) instead",
        )
        parser.add_argument(
            "--strict", action="store_true", help="exit with an error if any goal fails"
        )

    def handle(self, *args, **options):
        if options["round"]:
            try:
                report, passed = round_report(options["round"], options["show_errors"])
            except (OSError, ValueError) as error:
                raise CommandError(f"cannot read {options['round']}: {error}") from error
        else:
            report, passed = full_report(
                show_errors=options["show_errors"], timing=options["timing"]
            )
        self.stdout.write(report)
        if options["strict"] and not passed:
            raise CommandError("at least one screening goal failed")
