from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims.views import editing, reading

urlpatterns = [
    path("", reading.home, name="home"),
    path("disputes/<slug:slug>/", reading.dispute_detail, name="dispute"),
    path("articles/<int:pk>/", reading.article_detail, name="article"),
    path("search/", reading.search, name="search"),
    path("paste/", editing.paste, name="paste"),
    path("pairings/<int:pk>/review/", editing.review_pairing, name="pairing_review"),
    path("login/", auth_views.LoginView.as_view(template_name="claims/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", include("claims.api_urls")),
]
