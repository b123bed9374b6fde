"""Dates inside the sentences of a task's history are written the reader's way, not as ISO dates."""

import re
from datetime import date

from tests.tasks_support import build_world, new_task
from tracker.extensions import db
from tracker.tasks import operations


def test_a_deadline_change_reads_in_the_readers_date_format(make, client, auth):
    world = build_world(make)
    task = new_task(world, due_on=date(2025, 3, 15))
    db.session.commit()
    operations.update_task(world.leader, task, version=task.version, due_on=date(2025, 4, 30))
    db.session.commit()
    world.leader.locale = "vi"
    db.session.commit()

    auth.login(world.leader)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    page = re.sub(r"<[^>]+>", " ", page)  # what the reader sees (a <time datetime="..."> keeps ISO for machines)
    assert "2025-03-15" not in page and "2025-04-30" not in page
    assert "15 thg 3, 2025" in page and "30 thg 4, 2025" in page
