"""Index tasks for the periodic report's lists

The overdue tasks are listed the longest overdue first, by the deadline a task is judged against
(the one it missed when it asked too late for an extension, else its deadline: ``ix_tasks_missed_due``
beside ``ix_tasks_due``), and the tasks completed late the latest first (``ix_tasks_completed``): a
page of either list reads its own rows in order and stops, where it sorted every overdue task of the
period (25,000 at 100,000 tasks) to keep fifty.

Revision ID: a3c5e7f9b2d4
Revises: f7c2d9e4b1a8
Create Date: 2026-12-02 07:50:00
"""

from alembic import op

revision = "a3c5e7f9b2d4"
down_revision = "f7c2d9e4b1a8"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_tasks_completed", "tasks", ["completed_on", "id"], unique=False)
    op.create_index("ix_tasks_missed_due", "tasks", ["missed_due_on", "id"], unique=False)


def downgrade():
    op.drop_index("ix_tasks_missed_due", table_name="tasks")
    op.drop_index("ix_tasks_completed", table_name="tasks")
