"""A meeting's tasks in its page's order, from the index alone

A meeting's page (and its report, and the API's meeting) shows the meeting's tasks by directive,
then id, up to 200. Through ``ix_tasks_meeting_id`` PostgreSQL fetched every task of the meeting
from the table to sort them (at a million tasks, 1,000 tasks of a meeting scattered over 985 pages,
18 ms when they were not cached) and kept 201. ``(meeting_id, directive_id, id)`` hands out the
first 201 in that order from the index alone, then only those are fetched. It starts with the
meeting, as the index it replaces: the tasks keep as many indexes.

Revision ID: c4e6a8b0d2f4
Revises: a3c5e7f9b1d2
Create Date: 2026-12-03 16:10:00
"""

from alembic import op

revision = "c4e6a8b0d2f4"
down_revision = "a3c5e7f9b1d2"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_tasks_meeting_order", "tasks", ["meeting_id", "directive_id", "id"])
    op.drop_index("ix_tasks_meeting_id", table_name="tasks")


def downgrade():
    op.create_index("ix_tasks_meeting_id", "tasks", ["meeting_id"])
    op.drop_index("ix_tasks_meeting_order", table_name="tasks")
