"""Who may see what: the one place that answers "is this user a member of the network?"."""

VIEW_NETWORK_INFORMATION = "network.view_network_information"
COORDINATE_NETWORK = "network.coordinate_network"
ACCESS_ADMIN = "wagtailadmin.access_admin"


def is_network_member(user):
    """Network members see network-only information (direct lines, internal tips)."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(VIEW_NETWORK_INFORMATION))


def is_coordinator(user):
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(COORDINATE_NETWORK))


def can_access_admin(user):
    """Editors and coordinators reach the partners' space (the Wagtail admin)."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(ACCESS_ADMIN))
