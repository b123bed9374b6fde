"""Keep the folded copies (:mod:`tracker.search.folding`) in step when the ORM changes their sources.

INSERTs fill them through the column defaults; an ORM UPDATE of a source column (a task's title,
a meeting's minutes, a directive's references...) recomputes the copy here, in the same statement.
The search indexes follow the copies: triggers on SQLite, the trigram indexes on PostgreSQL.
A Core ``UPDATE`` of a source column bypasses this and must set the folded copy itself.
"""

import sqlalchemy as sa

from tracker.meetings.models import Directive, Meeting
from tracker.search.folding import FOLDED
from tracker.tasks.models import Task

MODELS = (Task, Meeting, Directive)


def refold(mapper, connection, target):
    state = sa.inspect(target)
    for column, (sources, folding) in FOLDED[target.__tablename__].items():
        if any(state.attrs[source].history.has_changes() for source in sources):
            setattr(target, column, folding(*(getattr(target, source) for source in sources)))


for model in MODELS:
    sa.event.listen(model, "before_update", refold)
