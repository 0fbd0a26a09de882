"""Large imports, written by the task worker (`manage.py db_worker`) rather than during the request.

The rows are written in one transaction (all or nothing), so the count written so far is not visible in the
database until the end: the worker publishes it in the shared cache, which every web worker reads."""

import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .importing import apply_report, build_report
from .models import ImportJob

__all__ = ["progress_of", "run_job", "start_job"]

logger = logging.getLogger(__name__)

PROGRESS_SECONDS = 24 * 3600


def progress_key(job_id):
    return f"opendata:import-job:{job_id}:written"


def progress_of(job):
    """How many structures are written: the final count once finished, else the worker's latest."""
    if job.finished:
        return job.written
    return cache.get(progress_key(job.pk)) or 0


def start_job(partner, user, filename, content, publish, total):
    """Record the job and queue it once the record is committed."""
    from .tasks import run_import

    job = ImportJob.objects.create(
        partner=partner, user=user, filename=filename, content=content, publish=publish, total=total
    )
    transaction.on_commit(lambda: run_import.enqueue(job.pk))
    return job


def run_job(job_id):
    """Write a queued job once (a second worker given the same id finds it taken); returns its status."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update(skip_locked=True).filter(pk=job_id).first()
        if job is None or job.status != ImportJob.Status.QUEUED:
            return job.status if job else None
        job.status = ImportJob.Status.RUNNING
        job.save(update_fields=["status"])
    try:
        report = build_report(job.filename, bytes(job.content), job.partner)
        if not report.is_valid:
            raise ValueError(report.summary)
        job.total = len(report.rows)
        pages = apply_report(
            report,
            user=job.user,
            publish=job.publish,
            progress=lambda count: cache.set(progress_key(job.pk), count, PROGRESS_SECONDS),
        )
    except Exception as error:  # noqa: BLE001 - recorded on the job and shown in the admin
        logger.warning("Import %s échoué : %s", job.pk, error)
        job.status, job.error, job.written = ImportJob.Status.FAILED, str(error)[:2000], 0
    else:
        job.status, job.written = ImportJob.Status.DONE, len(pages)
    job.content = b""
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "error", "written", "total", "content", "finished_at"])
    cache.delete(progress_key(job.pk))
    return job.status
