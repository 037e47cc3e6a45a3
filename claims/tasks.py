"""Background work on the whole archive, run by ``manage.py db_worker`` (django-tasks-db).

A job works through the statements in batches of ``BATCH``, each in its own transaction that
also records how far the job got: a failure leaves every committed batch done and the rest as
it was, and a retry carries on after the last committed batch.
"""

from __future__ import annotations

from django.db import transaction
from django.tasks import task

from claims import services
from claims.models import Job, Statement

BATCH = 200


def job_enqueue(job: Job) -> None:
    result = job_run.enqueue(job.pk)
    Job.objects.filter(pk=job.pk).update(task_id=str(result.id))


@task()
def job_run(job_id: int) -> None:
    job = Job.objects.get(pk=job_id)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING)
    try:
        while batch := list(
            Statement.objects.filter(pk__gt=job.last_pk).select_related("party").order_by("pk")[:BATCH]
        ):
            with transaction.atomic():
                services.statements_refresh(statements=batch)
                job.last_pk = batch[-1].pk
                job.done = min(job.done + len(batch), job.total)
                Job.objects.filter(pk=job.pk).update(last_pk=job.last_pk, done=job.done)
    except Exception as error:
        Job.objects.filter(pk=job.pk).update(status=Job.Status.FAILED, error=f"{type(error).__name__}: {error}")
        raise
    # Statements pasted while the job ran count too, so it ends complete.
    Job.objects.filter(pk=job.pk).update(status=Job.Status.DONE, done=job.done, total=job.done)
