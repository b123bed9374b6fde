"""Remember the deadline a task had already missed when an extension was asked for

Revision ID: 9c4e7a2d5f81
Revises: 5b8e2f4c7a13
Create Date: 2026-12-02 04:50:00.000000

"""

import os
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "9c4e7a2d5f81"
down_revision = "5b8e2f4c7a13"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("missed_due_on", sa.Date(), nullable=True))
    # Extensions already approved although asked for after the deadline in force had passed (in the
    # province's zone): the task is judged from that deadline.
    zone = ZoneInfo(os.environ.get("TRACKER_TIMEZONE") or "Asia/Ho_Chi_Minh")
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT task_id, previous_due_on, created_at FROM extension_requests "
            "WHERE status = 'approved' AND previous_due_on IS NOT NULL ORDER BY task_id, created_at"
        )
    ).all()
    missed = {}
    for task_id, previous_due_on, created_at in rows:
        if isinstance(previous_due_on, str):
            previous_due_on = date.fromisoformat(previous_due_on[:10])
        if isinstance(created_at, str):
            created_at = datetime.fromisoformat(created_at)
        if created_at.tzinfo is None:
            created_at = created_at.replace(tzinfo=UTC)
        if created_at.astimezone(zone).date() > previous_due_on:
            missed[task_id] = min(missed.get(task_id, previous_due_on), previous_due_on)
    for task_id, day in missed.items():
        connection.execute(sa.text("UPDATE tasks SET missed_due_on = :day WHERE id = :id"), {"day": day, "id": task_id})


def downgrade():
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("missed_due_on")
