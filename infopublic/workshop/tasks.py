"""Background work of the workshop: sending the emails it renders."""

from django_tasks import task

from . import emails


@task()
def deliver_emails(messages):
    """Send messages rendered by `emails.send` (plain dicts, so that the queue can store them)."""
    return emails.deliver(messages)
