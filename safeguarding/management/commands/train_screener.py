"""`python manage.py train_screener`: rebuild the screener's statistical layer from labelled posts.

Writes safeguarding/screening/phrases/model.json (see safeguarding/screening/training.py).
`--check` writes nothing and fails unless the file is what the data give, within
training.WEIGHT_TOLERANCE per weight and training.THRESHOLD_TOLERANCE per threshold, so a change
to the data without a retrained model (or a hand-edited model) is caught. The trainer is
scikit-learn's (training_sklearn.py) when the `train` extra is installed, else the pure-Python
one; both fit the same model (`--trainer` chooses). The out-of-fold figures it prints are
estimates on posts each fold's model did not see; the phrase library has seen all but the
training corpora.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from safeguarding.screening import training as screening_training
from safeguarding.screening.statistical import MODEL_PATH


def _fit(trainer: str):
    """The chosen trainer's fit function and its name."""
    if trainer in ("auto", "sklearn"):
        try:
            from safeguarding.screening import training_sklearn
        except ImportError as exc:
            if trainer == "sklearn":
                raise CommandError(str(exc)) from exc
        else:
            return training_sklearn.fit, "scikit-learn"
    return screening_training.fit, "pure Python (scikit-learn is not installed)" if (
        trainer == "auto"
    ) else "pure Python"


def _line(name: str, rates: dict | None) -> str:
    if rates is None:
        return f"{name}: no data"
    return (
        f"{name}: high reaching staff {rates['high_reach']:.1%} "
        f"({rates['high_none']} of {rates['high']} scored none), "
        f"medium reaching staff {rates['medium_reach']:.1%} of {rates['medium']}, "
        f"ordinary posts alerting {rates['false_alarm']:.1%} of {rates['none']}"
    )


class Command(BaseCommand):
    help = "Train the safeguarding screener's statistical layer (screening/phrases/model.json)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="fail if model.json is not what the data give"
        )
        parser.add_argument(
            "--trainer",
            choices=("auto", "sklearn", "python"),
            default="auto",
            help="scikit-learn (the train extra) or pure Python; auto: scikit-learn if installed",
        )

    def handle(self, *args, **options):
        fit, trainer = _fit(options["trainer"])
        self.stdout.write(f"trainer: {trainer}")
        model, report = screening_training.build(fit)
        text = screening_training.dumps(model)
        self.stdout.write(
            f"trained on {model['trained_on']['posts']} posts {model['trained_on']['labels']}; "
            f"{len(model['weights'])} weights; threshold {model['threshold']}"
        )
        self.stdout.write(
            _line(
                "out of fold, training corpora, phrase layers only",
                report["phrase_layers_alone_training_corpora"],
            )
        )
        self.stdout.write(
            _line(
                "out of fold by writer, training corpora, phrase + statistical layers",
                report["out_of_fold_training_corpora"],
            )
        )
        self.stdout.write(
            _line(
                "out of fold, every post, statistical layer alone",
                report["out_of_fold_model_alone_all"],
            )
        )
        self.stdout.write(
            f"thresholds: {report['threshold']} (the training corpora's false alarms within "
            f"{screening_training.MAX_FALSE_ALARM:.0%}); replies {report['reply_threshold']} (at "
            f"most {screening_training.MAX_REALISTIC_REPLY_ALERTS:.0%} of the realistic weeks' "
            "ordinary replies alert)"
        )
        gate = report["solo_gate"]
        self.stdout.write(
            f"solo gate: a top-level post with no phrase cue is raised only when the high head "
            f"gives {gate[0]} or more, or the score is {gate[1]} or more (chosen out of fold by "
            f"writer: realistic weeks within {screening_training.GOAL_REALISTIC_ALERTS:.0%}, "
            f"medium reach at least {screening_training.GATE_MEDIUM_REACH:.0%}, high posts "
            f"scored none at most {screening_training.GATE_HIGH_NONE_SLACK:.1%} of them more "
            "than the fewest; "
            "then the fewest ordinary posts alerting)"
        )
        self.stdout.write(
            _line(
                "out of fold by writer, training corpora, phrase + statistical, without the gate",
                report["out_of_fold_training_corpora_no_gate"],
            )
        )
        for name, key in (
            ("phrase layers only", "phrase_layers_alone_realistic"),
            ("phrase + statistical layers, without the gate", "out_of_fold_realistic_no_gate"),
            ("phrase + statistical layers", "out_of_fold_realistic"),
        ):
            self.stdout.write(_line(f"out of fold by writer, realistic weeks, {name}", report[key]))
        realistic = report["out_of_fold_realistic"]
        if realistic is not None:
            self.stdout.write(
                f"out of fold by writer, realistic weeks: {100 * realistic['false_alarm']:.1f} "
                f"alerts per 100 ordinary posts (goal "
                f"{100 * screening_training.GOAL_REALISTIC_ALERTS:g})"
            )
        for name, key in (
            ("phrase layers", "priority_training_corpora_phrase_layers"),
            ("with the high head", "priority_training_corpora_with_high_head"),
            (
                "with the high head on posts with no phrase cue too",
                "priority_training_corpora_with_solo_high",
            ),
        ):
            p = report[key]
            if p is not None:
                self.stdout.write(
                    f"out of fold, training corpora, scored high ({name}; high-head threshold "
                    f"{report['high_threshold']}): high posts {p['high_as_high']:.1%}, medium "
                    f"posts {p['medium_as_high']:.1%}, ordinary posts {p['none_as_high']:.1%}"
                )
        p = report.get("priority_realistic_top_level_with_solo_high")
        if p is not None:
            self.stdout.write(
                "out of fold by writer, realistic weeks' top-level posts scored high (solo "
                f"threshold {report['solo_high_threshold']}, at most "
                f"{screening_training.MAX_REALISTIC_SOLO_HIGH:.1%} of ordinary ones): high posts "
                f"{p['high_as_high']:.1%}, medium posts {p['medium_as_high']:.1%}, ordinary posts "
                f"{p['none_as_high']:.1%}"
            )
        current = MODEL_PATH.read_text(encoding="utf-8") if MODEL_PATH.exists() else ""
        if options["check"]:
            if current == text:
                self.stdout.write("model.json matches the data exactly")
                return
            try:
                shipped = json.loads(current)
            except json.JSONDecodeError:
                shipped = {}
            found = screening_training.differences(shipped, model)
            if found:
                more = f"; and {len(found) - 5} more" if len(found) > 5 else ""
                shown = "; ".join(found[:5]) + more
                raise CommandError(
                    "safeguarding/screening/phrases/model.json is not what the labelled data give "
                    f"({shown}): run `python manage.py train_screener` and commit the result"
                )
            self.stdout.write(
                "model.json matches the data within tolerance (weights "
                f"{screening_training.WEIGHT_TOLERANCE}, thresholds "
                f"{screening_training.THRESHOLD_TOLERANCE})"
            )
            return
        MODEL_PATH.write_text(text, encoding="utf-8")
        self.stdout.write(f"wrote {MODEL_PATH.name}")
