"""``manage.py ensure_editor``: a local editor account, so `make run` can be used at once.

Prints the login once, when it creates the account. Later runs print nothing secret.
"""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.roles import EDITORS

USERNAME = "editor"


class Command(BaseCommand):
    help = "Create a local editor account (in the editors group) unless an editor exists."

    def handle(self, *args, **options):
        group, _ = Group.objects.get_or_create(name=EDITORS)
        if group.user_set.filter(is_active=True).exists():
            self.stdout.write("An editor account already exists; nothing to do.")
            return
        User = get_user_model()
        username, n = USERNAME, 1
        while User.objects.filter(username=username).exists():
            n += 1
            username = f"{USERNAME}{n}"
        password = secrets.token_urlsafe(12)
        with transaction.atomic():
            user = User.objects.create_user(username=username, password=password)
            user.groups.add(group)
        self.stdout.write(f"Created a local editor. Sign in at /login/ as {username} with password {password}")
        self.stdout.write("This password is shown only once.")
