from .access import can_access_admin, is_network_member


def network(request):
    user = getattr(request, "user", None)
    return {"is_network_member": is_network_member(user), "can_access_admin": can_access_admin(user)}
