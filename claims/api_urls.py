"""The open formats: the read-only JSON API, CSV export and the embeddable dispute (views in claims/api.py)."""

from django.urls import path

from claims import api

urlpatterns = [
    path("api/", api.api_root, name="api_root"),
    path("api/disputes/", api.disputes, name="api_disputes"),
    path("api/disputes/<int:dispute_id>/", api.dispute, name="api_dispute"),
    path("api/disputes/<int:dispute_id>/pairings/", api.dispute_pairings, name="api_dispute_pairings"),
    path("api/disputes/<int:dispute_id>/statements/", api.dispute_statements_list, name="api_dispute_statements"),
    path("api/pairings/<int:pairing_id>/", api.pairing, name="api_pairing"),
    path("api/statements/<int:statement_id>/", api.statement, name="api_statement"),
    path("disputes/<slug:slug>.csv", api.dispute_csv, name="dispute_csv"),
    path("embed/disputes/<slug:slug>/", api.dispute_embed, name="dispute_embed"),
]
