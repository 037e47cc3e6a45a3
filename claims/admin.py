from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from claims.models import Action, Article, Dispute, Outlet, Pairing, Party, PartyAlias, Statement
from claims.services import pairing_review


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain"]
    search_fields = ["name", "domain"]


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0
    fields = ["speaker", "party", "cue", "kind", "content", "start", "end"]
    autocomplete_fields = ["party"]
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published", "created", "pasted_by"]
    list_filter = ["outlet", "published", "created"]
    list_select_related = ["outlet", "pasted_by"]
    search_fields = ["title", "url", "author", "outlet__name"]
    autocomplete_fields = ["outlet", "pasted_by"]
    date_hierarchy = "created"
    # Statement offsets index into the text, so the text is never edited by hand.
    readonly_fields = ["raw", "html", "text", "content_hash", "created"]
    inlines = [StatementInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Articles come in through the paste page, which analyses them.
        return False


class PartyAliasInline(admin.TabularInline):
    model = PartyAlias
    extra = 1


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "colour"]
    search_fields = ["name", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PartyAliasInline]


@admin.register(PartyAlias)
class PartyAliasAdmin(admin.ModelAdmin):
    list_display = ["alias", "party"]
    list_filter = ["party"]
    list_select_related = ["party"]
    search_fields = ["alias", "party__name"]
    autocomplete_fields = ["party"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["speaker", "party", "cue", "kind", "article"]
    list_filter = ["kind", "party"]
    list_select_related = ["party", "article"]
    search_fields = ["speaker", "content", "cue", "article__title"]
    autocomplete_fields = ["article", "party"]


class ActionInline(admin.TabularInline):
    """What editors did to the row, newest first. History is written by the actions themselves, never by hand."""

    model = Action
    fk_name = "pairing"
    extra = 0
    fields = ["created", "actor", "verb", "reason", "before", "after", "undone_at", "undone_by"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class DisputeActionInline(ActionInline):
    fk_name = "dispute"


class PairingInline(admin.TabularInline):
    model = Pairing
    extra = 0
    fields = ["statement_a", "statement_b", "score", "status", "reviewed_by", "reviewed_at"]
    readonly_fields = ["reviewed_by", "reviewed_at"]
    autocomplete_fields = ["statement_a", "statement_b"]


@admin.register(Dispute)
class DisputeAdmin(admin.ModelAdmin):
    list_display = ["title", "party_a", "party_b", "updated"]
    list_filter = ["party_a", "party_b"]
    list_select_related = ["party_a", "party_b"]
    search_fields = ["title", "key", "slug"]
    autocomplete_fields = ["party_a", "party_b"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [PairingInline, DisputeActionInline]


def _review(request: HttpRequest, pairings: QuerySet[Pairing], status: str) -> None:
    for pairing in pairings:
        pairing_review(pairing=pairing, user=request.user, status=status)
    messages.success(request, f"{len(pairings)} pair(s) {status}.")


@admin.register(Pairing)
class PairingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "dispute", "score", "status", "reviewed_by", "reviewed_at"]
    list_filter = ["status", "dispute"]
    list_select_related = ["dispute", "reviewed_by"]
    search_fields = ["dispute__title", "statement_a__content", "statement_b__content"]
    autocomplete_fields = ["dispute", "statement_a", "statement_b", "reviewed_by"]
    actions = ["confirm", "reject"]
    inlines = [ActionInline]

    @admin.action(description="Confirm the selected pairs")
    def confirm(self, request: HttpRequest, queryset: QuerySet[Pairing]) -> None:
        _review(request, queryset, Pairing.Status.CONFIRMED)

    @admin.action(description="Reject the selected pairs")
    def reject(self, request: HttpRequest, queryset: QuerySet[Pairing]) -> None:
        _review(request, queryset, Pairing.Status.REJECTED)


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    """Read-only: the history is what happened, so nobody edits or deletes it here."""

    list_display = ["created", "actor", "verb", "pairing", "dispute", "undone_at"]
    list_filter = ["verb", "created"]
    list_select_related = ["actor", "pairing", "dispute"]
    search_fields = ["actor__username", "dispute__title", "reason"]
    date_hierarchy = "created"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Action | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Action | None = None) -> bool:
        return False
