"""A person's tasks of one status in the lists' full order: the task id after the deadline

``ix_tasks_lead_assignee_status_due`` gains ``id`` at its end. A list in deadline order sorts by
deadline, then id; without the id the index gave the deadline order alone, and PostgreSQL chose
between sorting all of a range (a head's 4,700 unassigned tasks, estimated at 450) and walking
another index in deadline order (65 ms for a range that held none). With the id, a part of "my
tasks" is read from its range in the list's order and stops at the page: a head's home page at a
million tasks, 90-125 -> 20-27 ms of SQL.

Revision ID: e2a4c6b8d0f1
Revises: d1f3b5a7c9e2
Create Date: 2026-12-03 02:10:00
"""

from alembic import op

revision = "e2a4c6b8d0f1"
down_revision = "d1f3b5a7c9e2"
branch_labels = None
depends_on = None

NAME = "ix_tasks_lead_assignee_status_due"


def upgrade():
    op.drop_index(NAME, table_name="tasks")
    op.create_index(NAME, "tasks", ["lead_department_id", "assignee_id", "status", "due_on", "id"])


def downgrade():
    op.drop_index(NAME, table_name="tasks")
    op.create_index(NAME, "tasks", ["lead_department_id", "assignee_id", "status", "due_on"])
