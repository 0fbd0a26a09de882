"""Background work of the search: replaying the queue of changes waiting for Elasticsearch."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from django_tasks import task

from .engine import elasticsearch_enabled
from .indexing import recover_elasticsearch
from .models import PendingChange

RETRY_SCHEDULED_KEY = "search:replay-retry-scheduled"


@task()
def replay_search_queue():
    """Push every queued change to Elasticsearch (rebuilding an index that came back empty); what fails
    stays queued, and the replay schedules itself again until the queue is empty."""
    if not elasticsearch_enabled():
        return {"state": "disabled", "left": 0}
    state = recover_elasticsearch()
    left = PendingChange.objects.count()
    if state == "down" or left:
        schedule_retry()
    return {"state": state, "left": left}


def schedule_retry():
    """Run the replay again in ELASTICSEARCH_REPLAY_RETRY_SECONDS, through the task worker (a queue that
    runs tasks at once, in development, cannot defer one: the timer or `search_sync` replays there). One
    retry per half period is scheduled, whichever process asks (the mark expires before the retry runs, so
    the retry can schedule the next one)."""
    seconds = settings.ELASTICSEARCH_REPLAY_RETRY_SECONDS
    if not replay_search_queue.get_backend().supports_defer or not seconds:
        return
    if cache.add(RETRY_SCHEDULED_KEY, 1, timeout=max(seconds // 2, 1)):
        run_after = timezone.now() + datetime.timedelta(seconds=seconds)
        replay_search_queue.using(run_after=run_after).enqueue()
