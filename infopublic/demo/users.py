"""Demo accounts (development only), one per role, all with the password DEMO_PASSWORD."""

from django.contrib.auth import get_user_model

from infopublic.network.services import ensure_roles, setup_partner

from . import partners

DEMO_PASSWORD = "infopublic-demo"

# username: (first name, last name, role), where role is "coordination", "accueil" or a partner slug.
DEMO_USERS = {
    "coordination": ("Coordination", "du réseau", "coordination"),
    "editeur-ccas-cluny": ("Éditeur", "CCAS de Cluny", partners.CCAS_CLUNY),
    "editeur-villages-solidaires": ("Éditeur", "Villages solidaires", partners.VILLAGES_SOLIDAIRES),
    "accueil": ("Accueil", "de premier niveau", "accueil"),
}


def ensure_demo_users(partner_pages):
    """Create the demo accounts and their memberships. Idempotent: existing passwords are left alone.

    `partner_pages`: {partner slug: PartnerPage}. Returns {username: user}.
    """
    coordinators, members = ensure_roles()
    users = {}
    for username, (first_name, last_name, role) in DEMO_USERS.items():
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@infopublic.example",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        if role == "coordination":
            user.groups.add(coordinators, members)
        elif role == "accueil":
            user.groups.add(members)
        else:
            setup_partner(partner_pages[role], editors=[user])
        users[username] = user
    return users
