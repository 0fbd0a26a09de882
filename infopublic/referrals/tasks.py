"""Background work of referrals: their emails and the retention jobs (also run by `referrals_retention`)."""

from django_tasks import task

from . import emails, retention


@task()
def send_referral_emails(referral_id, event):
    """Only ids travel through the queue: addresses and texts are read when the email is sent."""
    return emails.send_now(referral_id, event)


@task()
def apply_retention():
    """Expire unanswered referrals, then anonymise the old ones; returns the two counts."""
    return retention.apply()
