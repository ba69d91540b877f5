"""``manage.py train_tagger``: train the name tagger's models from the public data in ``../shared/ner``."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction.tagger.corpora import CorpusError
from articles.extraction.tagger.training import DEFAULT_PARAMETERS, LANGUAGES, MODELS_DIR, Parameters, train, write_common_words


def default_data_dir():
    return Path(settings.BASE_DIR).parent / "shared" / "ner"


class Command(BaseCommand):
    help = (
        "Train the name tagger (a CRF) for English from CoNLL-2003 eng.train and for Hindi from IL-NER "
        "hindi-train.txt, and write the models to articles/extraction/tagger/models/. Deterministic: the "
        "same data and parameters give the same model. Parameters default to the committed models' "
        "(models/CARD.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", choices=[*LANGUAGES, "all"], default="all")
        parser.add_argument(
            "--data",
            type=Path,
            default=None,
            help="The data folder (default: ../shared/ner beside the repository).",
        )
        parser.add_argument("--output", type=Path, default=MODELS_DIR, help="Where to write the models.")
        parser.add_argument("--c1", type=float, help="L1 regularisation (prunes features).")
        parser.add_argument("--c2", type=float, help="L2 regularisation.")
        parser.add_argument("--max-iterations", type=int, help="L-BFGS iterations at most.")
        parser.add_argument("--min-freq", type=float, help="Drop features seen fewer times than this.")
        parser.add_argument(
            "--common-words-only",
            action="store_true",
            help="Do not train: rewrite only the committed lexicon's common words (read by the sentence "
            "prefilter, no feature) from the training data.",
        )

    def handle(self, *args, language, data, output, verbosity, common_words_only, **options):
        data = data or default_data_dir()
        if not data.is_dir():
            raise CommandError(
                f"--data {data}: no such folder (the public NER data, see ../shared/ner/README.md)"
            )
        languages = LANGUAGES if language == "all" else (language,)
        for code in languages:
            if common_words_only:
                try:
                    count = write_common_words(code, data, output)
                except (CorpusError, FileNotFoundError) as error:
                    raise CommandError(str(error)) from None
                self.stdout.write(f"{code}: {count} common words in {output / (code + '.lexicon.json')}")
                continue
            parameters = self._parameters(DEFAULT_PARAMETERS[code], options)
            try:
                path = train(code, data, output, parameters, log=self._log(verbosity))
            except CorpusError as error:
                raise CommandError(str(error)) from None
            self.stdout.write(f"{code}: wrote {path}")

    def _parameters(self, defaults, options):
        values = {name: getattr(defaults, name) for name in defaults.__dataclass_fields__}
        for name in ("c1", "c2", "max_iterations", "min_freq"):
            if options.get(name) is not None:
                values[name] = options[name]
        for name in ("c1", "c2", "min_freq"):
            if values[name] < 0:
                raise CommandError(f"--{name.replace('_', '-')} must not be negative, got {values[name]}")
        if values["max_iterations"] < 1:
            raise CommandError(f"--max-iterations must be at least 1, got {values['max_iterations']}")
        return Parameters(**values)

    def _log(self, verbosity):
        def log(message):
            if verbosity >= 1:
                self.stdout.write(message)

        return log
