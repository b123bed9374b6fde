"""No false alarm before the first sweep: a worker asks for a sweep as soon as it is ready, so the
administrators' page reports a sweep within seconds of worker and beat starting, not one beat
interval (five minutes by default) later. A real worker with its beat, on the embedded broker."""

import time

import pytest
import sqlalchemy as sa

from tracker.extensions import db
from tracker.reminders.models import SweepRun
from tracker.users.models import Role

pytestmark = pytest.mark.timeout(180)


def beat_runs():
    db.session.rollback()
    return db.session.scalar(sa.select(sa.func.count()).select_from(SweepRun).where(SweepRun.source == "beat"))


@pytest.mark.parametrize("locale", ["en", "vi"])
def test_the_first_sweep_runs_when_the_worker_starts_not_one_interval_later(
    app, make, smtp, start_worker, client, auth, locale
):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the worker test runs once, on sqlite")
    admin = make.user(role=Role.ADMIN, locale=locale)
    db.session.commit()
    auth.login(admin)
    never = {"en": "The sweep has never run", "vi": "Chưa có lượt quét nào"}[locale]
    ran = {"en": "The sweep last ran", "vi": "Lượt quét gần nhất"}[locale]
    assert never in client.get("/admin/reminders/").get_data(as_text=True)

    # An hour between ticks: only a sweep asked for at the start can come within the test.
    worker = start_worker(smtp=smtp, REMINDER_SWEEP_SECONDS="3600")
    deadline = time.monotonic() + 90
    while not beat_runs():
        if time.monotonic() > deadline:
            raise AssertionError("no sweep after the worker started:\n" + worker.output()[-4000:])
        time.sleep(0.2)

    page = client.get("/admin/reminders/").get_data(as_text=True)
    assert ran in page and never not in page
