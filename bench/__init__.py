"""Tracker's benchmarks: ``make bench`` (``python -m bench``), never part of ``make test``.

- ``bench.data`` generates a realistic data set with bulk inserts (60 departments, 2,000 users,
  1,000 meetings, 100,000 tasks by default; ``--tasks 1000000`` for a million);
- ``bench.__main__`` builds the schema with the real migrations on SQLite and PostgreSQL, loads the
  data, measures p50/p95 latency of the pages and API endpoints through the real Flask app, counts
  the SQL statements per list request, and prints a table with the goal and pass/fail per row.
"""
