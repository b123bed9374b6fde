"""What every domain shares: column types, permissions, audit, errors, time."""
