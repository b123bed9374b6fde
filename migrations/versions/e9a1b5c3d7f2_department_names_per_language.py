"""A department's name per interface language

Revision ID: e9a1b5c3d7f2
Revises: a6d2c4e8f1b3
Create Date: 2026-12-02 05:35:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "e9a1b5c3d7f2"
down_revision = "a6d2c4e8f1b3"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("departments") as batch:
        batch.add_column(sa.Column("names", sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table("departments") as batch:
        batch.drop_column("names")
