"""Index tasks by lead department and assignee, and by deadline

Revision ID: 5b8e2f4c7a13
Revises: 1dd8a9617745
Create Date: 2026-11-23 03:30:00.000000

"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "5b8e2f4c7a13"
down_revision = "1dd8a9617745"
branch_labels = None
depends_on = None


def upgrade():
    # "My tasks" (the assignee's, or the unassigned ones for a head) within the lead department:
    # counted and paged from this index alone. ix_tasks_lead_status_due is a prefix of ix_tasks_report,
    # which serves every query it served.
    op.create_index(
        "ix_tasks_lead_assignee_status_due",
        "tasks",
        ["lead_department_id", "assignee_id", "status", "due_on"],
        unique=False,
    )
    op.drop_index("ix_tasks_lead_status_due", table_name="tasks")
    # A deadline window with no status (the API's due_from/due_to): counted from one index range
    # and paged in deadline order without sorting the window.
    op.create_index("ix_tasks_due", "tasks", ["due_on", "id"], unique=False)


def downgrade():
    op.drop_index("ix_tasks_due", table_name="tasks")
    op.create_index("ix_tasks_lead_status_due", "tasks", ["lead_department_id", "status", "due_on"], unique=False)
    op.drop_index("ix_tasks_lead_assignee_status_due", table_name="tasks")
