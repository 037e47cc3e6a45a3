from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims.views import curation, editing, reading, review

urlpatterns = [
    path("", reading.home, name="home"),
    path("disputes/<slug:slug>/", reading.dispute_detail, name="dispute"),
    path("articles/<int:pk>/", reading.article_detail, name="article"),
    path("search/", reading.search, name="search"),
    path("paste/", editing.paste, name="paste"),
    path("pairings/<int:pk>/review/", editing.review_pairing, name="pairing_review"),
    path("paste/preview/", curation.paste_preview, name="paste_preview"),
    path("articles/<int:pk>/statements/new/", curation.statement_new, name="statement_new"),
    path("statements/<int:pk>/edit/", curation.statement_edit, name="statement_edit"),
    path("statements/<int:pk>/delete/", curation.statement_remove, name="statement_delete"),
    path("parties/", curation.party_list, name="parties"),
    path("parties/<slug:slug>/", curation.party_edit, name="party"),
    path("parties/<slug:slug>/merge/", curation.party_merge_into, name="party_merge"),
    path("jobs/", curation.job_new, name="job_new"),
    path("jobs/<int:pk>/", curation.job_detail, name="job"),
    path("jobs/<int:pk>/retry/", curation.job_again, name="job_retry"),
    path("disputes/<slug:slug>/history/", review.dispute_history, name="dispute_history"),
    path("review/", review.queue, name="review"),
    path("review/pairings/<int:pk>/confirm/", review.confirm, name="review_confirm"),
    path("review/pairings/<int:pk>/reject/", review.reject, name="review_reject"),
    path("review/pairings/<int:pk>/swap/", review.swap, name="review_swap"),
    path("review/pairings/<int:pk>/move/", review.move, name="review_move"),
    path("review/pairings/<int:pk>/rename/", review.rename, name="review_rename"),
    path("review/pairings/<int:pk>/merge/", review.merge, name="review_merge"),
    path("review/actions/<int:pk>/undo/", review.undo, name="review_undo"),
    path("login/", auth_views.LoginView.as_view(template_name="claims/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", include("claims.api_urls")),
]
