"""Store calendar feed tokens hashed (SHA-256), as API tokens are

Revision ID: f3b8d1c6a2e9
Revises: e4a7c2b9d1f6
Create Date: 2026-12-02 05:30:00.000000

Every token in clear becomes its SHA-256 (64 hexadecimal characters), so the addresses given out
keep working: a feed request hashes the token of its address and looks that up. Tokens were made by
``secrets.token_urlsafe(32)`` (43 characters), so a value of 64 hexadecimal characters is already a
hash and is left alone (the migration can run on a partly converted table). A downgrade cannot turn
hashes back into tokens: it clears them, and users make new addresses on their settings page.
"""

import hashlib
import re

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "f3b8d1c6a2e9"
down_revision = "e4a7c2b9d1f6"
branch_labels = None
depends_on = None

HASHED = re.compile(r"[0-9a-f]{64}")
users = sa.table("users", sa.column("id", sa.Integer), sa.column("calendar_token", sa.String(64)))


def upgrade():
    connection = op.get_bind()
    rows = connection.execute(sa.select(users.c.id, users.c.calendar_token).where(users.c.calendar_token.is_not(None)))
    for user_id, token in rows.all():
        if HASHED.fullmatch(token):
            continue
        connection.execute(
            sa.update(users)
            .where(users.c.id == user_id)
            .values(calendar_token=hashlib.sha256(token.encode()).hexdigest())
        )


def downgrade():
    op.get_bind().execute(sa.update(users).values(calendar_token=None))
