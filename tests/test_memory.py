"""A web process keeps start-up's objects out of the garbage collector's walks (tracker.core.memory)."""

import gc
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def collector():
    """Put the collector back as it was: other tests must not run on a frozen heap."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_a_web_process_settles_once_the_app_is_loaded(collector):
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert gc.get_freeze_count() == 0
    settings["post_worker_init"](worker=None)
    assert gc.get_freeze_count() > 10_000  # modules, the app's classes and functions
    assert gc.get_threshold()[0] == 20_000


def test_a_full_collection_no_longer_walks_what_was_frozen(collector):
    from tracker.core import memory

    objects = [[number] for number in range(200_000)]
    memory.settle()
    tracked = len(gc.get_objects())
    assert tracked < 10_000, tracked  # the 200,000 lists live on, frozen
    assert objects[-1] == [199_999]
