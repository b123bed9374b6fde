"""Index tasks for walks in deadline order that stop early, and for an exact title

- ``ix_tasks_status_walk`` (status, due_on, id, missed_due_on) replaces ``ix_tasks_status_due``
  (status, due_on), its prefix: a list in deadline order of what a department coordinates walks one
  open status in deadline order, testing each task against the department's coordinated tasks,
  and stops at the page's end (tracker/tasks/queries.py). With the id and the missed deadline in the
  index, the walk and the overdue test read the index alone, never the table: at a million tasks
  a head's overdue list of 100 read some 20,000 table rows for its coordinated part.
- ``ix_tasks_folded_title_exact`` (a hash index on PostgreSQL): search everywhere ranks an exact
  title first, an equality the trigram index answers only by handing out every title that holds
  the phrase (100,000 for a common word at a million tasks).

Revision ID: c1e3a5b7d9f2
Revises: a3c5e7f9b2d4
Create Date: 2026-12-02 08:00:00
"""

from alembic import op

revision = "c1e3a5b7d9f2"
down_revision = "a3c5e7f9b2d4"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_tasks_status_walk", "tasks", ["status", "due_on", "id", "missed_due_on"], unique=False)
    op.drop_index("ix_tasks_status_due", table_name="tasks")
    op.create_index("ix_tasks_folded_title_exact", "tasks", ["folded_title"], unique=False, postgresql_using="hash")


def downgrade():
    op.drop_index("ix_tasks_folded_title_exact", table_name="tasks")
    op.create_index("ix_tasks_status_due", "tasks", ["status", "due_on"], unique=False)
    op.drop_index("ix_tasks_status_walk", table_name="tasks")
