"""``flask --app wsgi reminders sweep|retry-failed|status``."""

import sys
from datetime import date

import click
from flask import current_app
from flask.cli import AppGroup

from tracker.core.db import utcnow
from tracker.extensions import db

reminders_cli = AppGroup("reminders", help="Reminder sweep, delivery and ledger status.")


def _as_of(today):
    """``--today`` runs as that date at the send hour (in the province's zone); else now."""
    if today is None:
        return utcnow()
    from tracker.reminders.policy import send_moment

    return send_moment(today, current_app.config["TRACKER_TIMEZONE"], current_app.config["REMINDER_SEND_HOUR"])


@reminders_cli.command("sweep")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Run as this date at the send hour.")
@click.option("--sync", is_flag=True, help="Also deliver now, in this process, without a broker.")
def sweep_command(today, sync):
    """Claim the reminders owed and enqueue (or, with --sync, send) their emails."""
    from tracker.reminders.dispatch import enqueue_deliveries
    from tracker.reminders.operations.delivery import DeliveryResult, deliver_to
    from tracker.reminders.operations.sweep import sweep

    now = _as_of(today.date() if isinstance(today, date) else None)
    result = sweep(now, enqueue=None if sync else enqueue_deliveries, source="cli", grace_seconds=0 if sync else None)
    click.echo(f"As of {now.isoformat()}: owed {result.owed}, claimed {result.claimed}")
    if not sync:
        click.echo(f"Enqueued deliveries for {result.enqueued} recipients.")
        return
    total = DeliveryResult()
    for recipient_id in sorted(result.recipients):
        delivered = deliver_to(recipient_id, now, include_digest=True)
        total.sent += delivered.sent
        total.failed += delivered.failed + (1 if delivered.retry_in is not None else 0)
    click.echo(f"sent {total.sent}, failed {total.failed}")
    if total.failed:
        click.echo("Some emails were not delivered; they stay owed (see 'reminders status').", err=True)
        sys.exit(1)


@reminders_cli.command("retry-failed")
def retry_failed_command():
    """Make every failed reminder owed again, with fresh attempts, for the next sweep to send."""
    from tracker.reminders.operations import retry_failed

    count = retry_failed()
    db.session.commit()
    click.echo(f"{count} failed reminders are owed again; the next sweep sends them.")


@reminders_cli.command("status")
def status_command():
    """Show how many reminders are owed, sent and failed, and when the sweep last ran."""
    from tracker.reminders.queries import health

    state = health()
    counts = state.counts
    click.echo(
        f"owed {counts['owed']}, sending {counts['sending']}, sent {counts['sent']}, failed {counts['failed']}, "
        f"skipped {counts['skipped']}"
    )
    if state.last_run is None:
        click.echo("The sweep has never run.")
    else:
        run = state.last_run
        click.echo(
            f"Last sweep: {run.started_at.isoformat()} ({run.source}), claimed {run.claimed}, owed {run.owed}"
            + (" - LATE: is the beat running?" if state.is_late else "")
        )
