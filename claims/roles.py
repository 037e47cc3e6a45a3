"""Who may do what. Readers need no account; editors paste articles and review pairs."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest

EDITORS = "editors"


def is_editor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Members of the editors group, and superusers. Asked once per request at most."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_claims_is_editor"):
        user._claims_is_editor = user.is_superuser or user.groups.filter(name=EDITORS).exists()
    return user._claims_is_editor


def roles(request: HttpRequest) -> dict[str, bool]:
    """Context processor: templates show editor controls on ``is_editor``."""
    return {"is_editor": is_editor(request.user)}
