"""Background work of the search: replaying the queue of changes waiting for Elasticsearch."""

from django_tasks import task

from .engine import elasticsearch_enabled
from .indexing import recover_elasticsearch
from .models import PendingChange


@task()
def replay_search_queue():
    """Push every queued change to Elasticsearch (rebuilding an index that came back empty); what fails
    stays queued for the next replay."""
    if not elasticsearch_enabled():
        return {"state": "disabled", "left": 0}
    state = recover_elasticsearch()
    return {"state": state, "left": PendingChange.objects.count()}
