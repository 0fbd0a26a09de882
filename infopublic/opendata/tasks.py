"""Background work of the open data imports."""

from django_tasks import task

from .jobs import run_job


@task()
def run_import(job_id):
    """Write a confirmed large import (see infopublic.opendata.jobs)."""
    return run_job(job_id)
