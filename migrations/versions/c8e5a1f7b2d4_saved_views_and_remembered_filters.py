"""Saved views of the task lists, and each list's last-used filters per user

Revision ID: c8e5a1f7b2d4
Revises: d81f4b6a9c27
Create Date: 2026-12-02 05:40:00
"""

import sqlalchemy as sa
from alembic import op


revision = "c8e5a1f7b2d4"
down_revision = "d81f4b6a9c27"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "saved_views",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("list_name", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("query", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "list_name", "name", name="uq_saved_views_user_list_name"),
    )
    op.create_index("ix_saved_views_department", "saved_views", ["department_id"], unique=False)
    op.create_table(
        "remembered_filters",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("list_key", sa.String(length=40), nullable=False),
        sa.Column("query", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "list_key"),
    )


def downgrade():
    op.drop_table("remembered_filters")
    op.drop_index("ix_saved_views_department", table_name="saved_views")
    op.drop_table("saved_views")
