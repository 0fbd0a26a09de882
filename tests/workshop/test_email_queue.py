"""Emails go through the task queue: queued with the change, sent by the worker, never lost with it."""

from django.core import mail
from django.core.management import call_command
from django.test import TransactionTestCase, override_settings

from django_tasks_db.models import DBTaskResult

from infopublic.workshop import emails

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@override_settings(TASKS=DATABASE_TASKS)
class DatabaseQueueTests(TransactionTestCase):
    def test_queued_email_is_sent_by_the_worker(self):
        self.assertEqual(emails.send("report_answered", [], {}, "Sujet"), 0)
        self.assertEqual(DBTaskResult.objects.count(), 0)
        messages = [
            {
                "template": "t",
                "subject": "Votre signalement",
                "to": "a@example.org",
                "text": "Bonjour",
                "html": "<p>Bonjour</p>",
            }
        ]
        from infopublic.workshop.tasks import deliver_emails

        deliver_emails.enqueue(messages)
        self.assertEqual(len(mail.outbox), 0)
        self.assertEqual(DBTaskResult.objects.filter(status="READY").count(), 1)
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].subject, "Votre signalement")
        self.assertEqual(mail.outbox[0].alternatives[0][0], "<p>Bonjour</p>")
        self.assertEqual(DBTaskResult.objects.get().status, "SUCCESSFUL")


def test_a_mail_server_down_loses_nothing_else(monkeypatch):
    def down(self, *args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", down)
    sent = emails.deliver(
        [{"template": "t", "subject": "s", "to": "a@example.org", "text": "x", "html": "x"}]
    )
    assert sent == 0  # logged, not raised: the task (and what triggered it) is not lost
