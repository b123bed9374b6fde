"""The report arithmetic, in one place: which tasks are judged, the on-time rate, worst first.

Every report line (the department report's, the periodic report's, a trend's month) counts tasks
done on time, done late and open and overdue; this module says what is made of those counts. It
imports nothing of Tracker, so that any query module may use it.
"""


def judged(done_on_time, done_late, open_overdue):
    """The tasks already judged against their deadline: done (on time or late), or open past it."""
    return done_on_time + done_late + open_overdue


def on_time_rate(done_on_time, done_late, open_overdue):
    """done on time / (done on time + done late + open overdue), to 4 places; ``None`` when none is judged."""
    total = judged(done_on_time, done_late, open_overdue)
    return round(done_on_time / total, 4) if total else None


class OnTimeRate:
    """``judged`` and ``on_time_rate`` for a line with ``done_on_time``, ``done_late`` and ``open_overdue``."""

    @property
    def judged(self):
        return judged(self.done_on_time, self.done_late, self.open_overdue)

    @property
    def on_time_rate(self):
        return on_time_rate(self.done_on_time, self.done_late, self.open_overdue)


def worst_first(line):
    """Sort key of report lines: the lowest on-time rate first (none judged last), then the most
    overdue, then the most late; callers add the department's name to break ties."""
    rate = line.on_time_rate
    return (rate is None, rate if rate is not None else 0, -line.open_overdue, -line.done_late)
