from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from infopublic.network.models import PartnerPage
from infopublic.workshop.onboarding import OnboardingError, onboard_partner
from infopublic.workshop.sanitize import plain_text


class Command(BaseCommand):
    help = (
        "Create a partner under the home page, its editors' group and permissions; invite its first editor."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Nom du partenaire")
        parser.add_argument("--kind", required=True, choices=PartnerPage.Kind.values)
        parser.add_argument("--editor-email", required=True)
        parser.add_argument(
            "--moderation", action="store_true", help="Publication après validation par la coordination"
        )

    def handle(self, *args, name, kind, editor_email, moderation, **options):
        try:
            validate_email(editor_email)
        except ValidationError as error:
            raise CommandError(f"Courriel invalide : {editor_email}") from error
        name = plain_text(name)
        if not name:
            raise CommandError("Nom du partenaire vide.")
        try:
            partner, user = onboard_partner(name, kind, editor_email, moderation=moderation)
        except OnboardingError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Partenaire « {partner.title} » créé (page {partner.pk}) ; invitation envoyée à {user.email}"
                + (" ; validation par la coordination activée" if moderation else "")
            )
        )
