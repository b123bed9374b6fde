"""Index tasks by deadline where the database lacks it

Revision 5b8e2f4c7a13 was edited after it was first committed: the deadline index (ix_tasks_due)
was added to it, so a database that had already run the first version lacks the index. This
revision creates it there, and does nothing where 5b8e2f4c7a13 already made it.

Revision ID: a6d2c4e8f1b3
Revises: f3b8d1c6a2e9
Create Date: 2026-12-02 05:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "a6d2c4e8f1b3"
down_revision = "f3b8d1c6a2e9"
branch_labels = None
depends_on = None


def upgrade():
    indexes = {index["name"] for index in sa.inspect(op.get_bind()).get_indexes("tasks")}
    if "ix_tasks_due" not in indexes:
        op.create_index("ix_tasks_due", "tasks", ["due_on", "id"], unique=False)


def downgrade():
    # The index stays: revision 5b8e2f4c7a13, as it now reads, owns it and drops it on its own downgrade.
    pass
