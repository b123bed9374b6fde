"""Index tasks for the home page's new assignments, newest first

"Waiting for you" lists a person's new assignments (not started: assigned to them, or unassigned in
the department they head), the newest first. At a million tasks the busiest department has some
4,700 unassigned tasks not started; with only (department, assignee, status, deadline) to go by,
each visit of its head's home page fetched all of them to keep ten (60-230 ms).
``ix_tasks_lead_assignee_status_created`` holds each of those two groups in creation order: the
newest ten are the first ten entries of each (tracker/notifications/queries.py).

Revision ID: e5a7c9b1d3f6
Revises: d2f4a6c8e1b3
Create Date: 2026-12-02 08:40:00
"""

from alembic import op

revision = "e5a7c9b1d3f6"
down_revision = "d2f4a6c8e1b3"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        "ix_tasks_lead_assignee_status_created",
        "tasks",
        ["lead_department_id", "assignee_id", "status", "created_at", "id"],
        unique=False,
    )


def downgrade():
    op.drop_index("ix_tasks_lead_assignee_status_created", table_name="tasks")
