"""Apply the engagement data retention policy (see engagement/retention.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_datetime

from engagement.retention import Retention, RetentionBusy, policy, recorded_run


class Command(BaseCommand):
    help = (
        "Archive then delete expired engagement rows: posts and decisions after 90 days (JSON), "
        "KPI metrics after 2 years (CSV by quarter), audit logs after 3 years (gzip JSON by "
        "year). Replies and authors are kept. Periods: settings.ENGAGEMENT_RETENTION."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report only; change nothing.")
        parser.add_argument("--batch-size", type=int, help="Rows per archive file and transaction.")
        parser.add_argument("--now", help="ISO datetime to measure ages from (default: now).")

    def handle(self, *args, **options):
        now = None
        if options["now"]:
            now = parse_datetime(options["now"])
            if now is None or now.tzinfo is None:
                raise CommandError("--now must be an ISO datetime with a timezone.")
        retention = Retention(now=now, dry_run=options["dry_run"], batch_size=options["batch_size"])
        try:
            report, _record = recorded_run(retention)  # a RetentionRun row per run
        except RetentionBusy as exc:
            raise CommandError(str(exc))
        out = self.stdout
        out.write(f"Policy: {policy()}")
        out.write(f"Archive folder: {retention.root}")
        for line in report.recovered:
            out.write(("would recover: " if report.dry_run else "recovered: ") + line)
        for job in retention.jobs:
            expired = report.expired.get(job.kind, 0)
            if report.dry_run:
                out.write(f"{job.describe()}: would archive and delete {expired} row(s)")
            else:
                out.write(
                    f"{job.describe()}: archived and deleted {report.archived[job.kind]} row(s)"
                )
        if not report.dry_run:
            out.write(self.style.SUCCESS(f"{len(report.files)} archive file(s) written."))
