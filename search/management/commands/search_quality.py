"""`manage.py search_quality`: success@1 and success@3 of the receptionist questions, per engine.

It builds nothing: the database engine answers from the current database's index, Elasticsearch (when
ELASTICSEARCH_URL is set) from its index, Wagtail's default search from its own."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search.engine import database_engine, elasticsearch_enabled
from search.evaluation.quality import DEPTH, Judge, engine_answers, evaluate, load_questions, wagtail_answers

ENGINES = ("database", "elasticsearch", "wagtail")


class Command(BaseCommand):
    help = "Mesure success@1 et success@3 des questions d’accueil, par moteur, sur la base actuelle."

    def add_arguments(self, parser):
        parser.add_argument("--engines", default=",".join(ENGINES), help="database,elasticsearch,wagtail")
        parser.add_argument(
            "--questions", default="", help="fichier JSON de questions (défaut : questions.py)"
        )
        parser.add_argument("--misses", action="store_true", help="liste les questions manquées")

    def handle(self, *args, **options):
        names = [name.strip() for name in options["engines"].split(",") if name.strip()]
        unknown = set(names) - set(ENGINES)
        if unknown:
            raise CommandError(f"Moteur inconnu : {', '.join(sorted(unknown))}")
        questions = load_questions(options["questions"])
        judge = Judge()
        scores = []
        for name in names:
            if name == "elasticsearch" and not elasticsearch_enabled():
                self.stdout.write("elasticsearch : non configuré (ELASTICSEARCH_URL), non mesuré")
                continue
            scores.append(evaluate(name, self._answerer(name), questions, judge))
        self._report(scores, questions, options["misses"])

    def _answerer(self, name):
        if name == "database":
            return engine_answers(database_engine())
        if name == "elasticsearch":
            from search.elastic.engine import ElasticsearchEngine

            return engine_answers(ElasticsearchEngine())
        return wagtail_answers

    def _report(self, scores, questions, misses):
        categories = sorted({question.category for question in questions if question.category})
        self.stdout.write(
            f"{len(questions)} questions, {len(categories)} catégories data·inclusion, "
            f"base {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"
        )
        self.stdout.write(
            "| moteur | questions | success@1 | success@3 "
            "| avec réponse dans la base | success@1 | success@3 |"
        )
        self.stdout.write("|---|---|---|---|---|---|---|")
        for score in scores:
            self.stdout.write(
                f"| {score.engine} | {score.asked} | {score.percent(score.at1, score.asked)} "
                f"| {score.percent(score.at3, score.asked)} | {score.answerable} "
                f"| {score.percent(score.answerable_at1, score.answerable)} "
                f"| {score.percent(score.answerable_at3, score.answerable)} |"
            )
        if not misses:
            return
        for score in scores:
            self.stdout.write(f"\n{score.engine} : manquées dans les {DEPTH} premiers résultats")
            for question, commune, rank, titles, answerable in score.misses:
                where = f" [{commune}]" if commune else ""
                flag = "" if answerable else " (sans réponse dans la base)"
                self.stdout.write(
                    f"- « {question.text} »{where}{flag} → {', '.join(question.answers)} ; "
                    f"rang {rank or '—'} ; reçu : {' | '.join(titles) or 'rien'}"
                )
