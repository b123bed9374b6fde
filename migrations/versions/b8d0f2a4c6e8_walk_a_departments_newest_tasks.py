"""A department's tasks, newest first, from an index of their own

Search everywhere reads, for a department's staff, the newest tasks first (a window of 20,000
ids, tracker/search/queries.py). Along the primary key that is 20,000 rows fetched and tested for the
900 a busy department of a million tasks is involved in, twice a search (title, then body).
``(lead_department_id, id)`` and ``(issuing_department_id, id)``, beside the coordinators'
``(department_id, task_id)``, hand out the department's own ids within the window.

Revision ID: b8d0f2a4c6e8
Revises: d6f8b0c2e4a6
Create Date: 2026-12-03 19:00:00
"""

from alembic import op

revision = "b8d0f2a4c6e8"
down_revision = "d6f8b0c2e4a6"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_tasks_lead_recent", "tasks", ["lead_department_id", "id"])
    op.create_index("ix_tasks_issuing_recent", "tasks", ["issuing_department_id", "id"])


def downgrade():
    op.drop_index("ix_tasks_issuing_recent", table_name="tasks")
    op.drop_index("ix_tasks_lead_recent", table_name="tasks")
