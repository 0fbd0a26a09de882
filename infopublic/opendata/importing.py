"""Import of data·inclusion structures for one partner: a line-by-line report, then all or nothing.

`build_report()` validates every record without writing anything; `apply_report()` writes a valid report in
one transaction (creating or updating StructurePages under the partner and publishing them via revisions).
"""

from django.db import transaction
from django.utils.text import slugify

from infopublic.directory.models import StructurePage

from .models import ImportedRecord
from .report import ImportRejected, ImportReport
from .validation import build_report

__all__ = ["ImportRejected", "apply_report", "build_report", "import_structures"]


def _free_slug(title, taken):
    base = slugify(title)[:200] or "structure"
    slug, counter = base, 2
    while slug in taken:
        slug = f"{base}-{counter}"
        counter += 1
    taken.add(slug)
    return slug


PAGE_FIELDS = [
    "title",
    "summary",
    "description",
    "siret",
    "address",
    "address_complement",
    "postal_code",
    "commune",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "opening_hours",
    "accessibility_url",
    "last_verified_at",
]


def _save(page, user, publish):
    """Publish the new revision, or leave it as a draft submitted to the partner's workflow, if any."""
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
        return
    workflow = page.get_workflow()
    if workflow is not None and workflow.active and not page.workflow_in_progress:
        workflow.start(page, user)


def _write_row(row, partner, user, taken_slugs, publish=True):
    values = row.values
    existing = values["existing"]
    if existing is not None:
        page = StructurePage.objects.get(pk=existing.page_id)
    else:
        page = StructurePage(slug=_free_slug(values["title"], taken_slugs), live=False)
    for name in PAGE_FIELDS:
        setattr(page, name, values[name])
    page.network_types = values["network_types"]
    if existing is None:
        partner.add_child(instance=page)
    _save(page, user, publish)
    ImportedRecord.objects.update_or_create(
        source=row.source,
        source_id=row.source_id,
        defaults={"page": page, "source_url": values["source_url"]},
    )
    return page


def apply_report(report: ImportReport, user=None, publish=True, progress=None):
    """Write every row of a valid report in one transaction; raises ImportRejected otherwise.

    With `publish` false (a user who may not publish under the partner), each structure is saved as a draft
    revision and submitted to the partner's moderation workflow when it has one. `progress(count)` is
    called after each row written.
    """
    if not report.is_valid:
        raise ImportRejected(report)
    partner = report.partner
    taken_slugs = set(partner.get_children().values_list("slug", flat=True))
    pages = []
    with transaction.atomic():
        for row in report.rows:
            pages.append(_write_row(row, partner, user, taken_slugs, publish))
            if progress is not None:
                progress(len(pages))
    return pages


def import_structures(filename, content: bytes, partner, user=None, apply=False):
    """Validate the file, and write it when `apply` and every record is valid. Returns (report, pages)."""
    report = build_report(filename, content, partner)
    if not apply or not report.is_valid:
        return report, []
    return report, apply_report(report, user)
