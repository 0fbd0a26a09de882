from .access import is_network_member


def network(request):
    user = getattr(request, "user", None)
    return {"is_network_member": is_network_member(user)}
