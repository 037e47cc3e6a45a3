"""Re-resolving and re-pairing the archive runs as a background job whose progress editors watch."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from claims import services, tasks
from claims.models import Job, Pairing, PartyAlias, Statement
from claims.roles import EDITORS
from claims.services import article_ingest
from tests.builders import party

pytestmark = pytest.mark.django_db

WAGNER = "Prigozhin's men hold Bakhmut, the Wagner group said."
KURSK = (
    "While Russia insists Kursk is now under full control, Ukraine maintains its troops still hold "
    "a thin line of territory across the border."
)


# The worker closes its database connection between tasks, as it does in production, so these
# tests commit for real.
worker = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def editors_group(db):
    """Tests that commit empty the database afterwards, the editors group with it."""
    Group.objects.get_or_create(name=EDITORS)


@pytest.fixture
def archive():
    article_ingest(raw=WAGNER)
    article_ingest(raw=KURSK)
    # An alias added behind the app's back: only a refresh of the archive applies it.
    PartyAlias.objects.create(party=party("Russia"), alias="Wagner group")


def start(client: Client, django_capture_on_commit_callbacks) -> Job:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("job_new"))
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == job.get_absolute_url()
    return job


def test_starting_a_refresh_enqueues_it_with_the_database_backend(
    editor_client, archive, django_capture_on_commit_callbacks
):
    job = start(editor_client, django_capture_on_commit_callbacks)

    job.refresh_from_db()
    assert (job.status, job.total) == (Job.Status.QUEUED, Statement.objects.count())
    assert str(DBTaskResult.objects.get().id) == job.task_id


@worker
def test_the_database_worker_runs_it_to_the_end(editor_client, archive, django_capture_on_commit_callbacks):
    job = start(editor_client, django_capture_on_commit_callbacks)

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    job.refresh_from_db()
    assert (job.status, job.done, job.total) == (Job.Status.DONE, 3, 3)
    assert Statement.objects.get(content__startswith="Prigozhin").party.name == "Russia"
    assert Pairing.objects.count() == 1


@worker
def test_a_failed_batch_is_shown_and_a_retry_finishes_the_job(
    editor_client, archive, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(tasks, "BATCH", 1)
    refresh = services.statements_refresh
    calls = []

    def fail_on_the_second_batch(*, statements):
        calls.append(statements)
        if len(calls) == 2:
            raise RuntimeError("database went away")
        refresh(statements=statements)

    monkeypatch.setattr(services, "statements_refresh", fail_on_the_second_batch)
    job = Job.objects.create(kind=Job.Kind.REFRESH, total=Statement.objects.count())
    with pytest.raises(RuntimeError):
        tasks.job_run.call(job.pk)

    job.refresh_from_db()
    assert (job.status, job.done, job.error) == (Job.Status.FAILED, 1, "RuntimeError: database went away")
    page = editor_client.get(job.get_absolute_url()).content.decode()
    assert "database went away" in page
    assert reverse("job_retry", args=[job.pk]) in page

    monkeypatch.setattr(services, "statements_refresh", refresh)
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("job_retry", args=[job.pk]))
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    job.refresh_from_db()
    assert (job.status, job.done, job.error) == (Job.Status.DONE, 3, "")
    assert Statement.objects.get(content__startswith="Prigozhin").party.name == "Russia"


def test_only_a_failed_job_can_be_retried(editor_client):
    job = Job.objects.create(kind=Job.Kind.REFRESH, status=Job.Status.DONE)

    editor_client.post(reverse("job_retry", args=[job.pk]))

    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    assert not DBTaskResult.objects.exists()


def test_progress_polls_every_second_while_the_job_runs(editor_client):
    job = Job.objects.create(kind=Job.Kind.REFRESH, status=Job.Status.RUNNING, done=3, total=10)

    response = editor_client.get(job.get_absolute_url(), headers={"HX-Request": "true"})

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<div class="card job job-running"')
    assert 'hx-trigger="every 1s"' in page
    assert "3 of 10" in page


def test_progress_stops_polling_when_the_job_is_done(editor_client):
    job = Job.objects.create(kind=Job.Kind.REFRESH, status=Job.Status.DONE, done=10, total=10)

    response = editor_client.get(job.get_absolute_url(), headers={"HX-Request": "true"})

    assert response.status_code == 286
    assert "hx-trigger" not in response.content.decode()


def test_without_htmx_the_progress_is_a_whole_page_with_a_refresh_link(editor_client):
    job = Job.objects.create(kind=Job.Kind.REFRESH, status=Job.Status.RUNNING, total=10)

    response = editor_client.get(job.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" in page
    assert f'<a href="{job.get_absolute_url()}">Refresh</a>' in page


def test_the_progress_page_has_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    job = Job.objects.create(kind=Job.Kind.REFRESH, status=Job.Status.RUNNING, total=10)

    # session, user, editors group, job
    with django_assert_num_queries(4):
        editor_client.get(job.get_absolute_url(), headers={"HX-Request": "true"})


@pytest.mark.parametrize("action", ["start", "progress", "retry"])
def test_only_editors_run_jobs(client, reader_client, action):
    job = Job.objects.create(kind=Job.Kind.REFRESH, status=Job.Status.FAILED)
    url, method = {
        "start": (reverse("job_new"), "post"),
        "progress": (job.get_absolute_url(), "get"),
        "retry": (reverse("job_retry", args=[job.pk]), "post"),
    }[action]

    assert getattr(client, method)(url).status_code == 302
    assert getattr(reader_client, method)(url).status_code == 403
    assert Job.objects.get().status == Job.Status.FAILED


def test_starting_a_job_needs_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    assert client.post(reverse("job_new")).status_code == 403
    assert not Job.objects.exists()
