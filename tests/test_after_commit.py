"""Work queued for after the commit waits for the real commit, not for a savepoint (a bulk action
runs each task in one), and a savepoint rolled back does not drop what the others queued."""

import pytest

from tracker.core.mail import after_commit
from tracker.extensions import db


def test_a_released_savepoint_does_not_run_the_callbacks(app, make):
    ran = []
    make.department()
    with db.session.begin_nested():
        make.department()
        after_commit(lambda: ran.append("first task"))
    assert ran == []
    db.session.commit()
    assert ran == ["first task"]


def test_a_savepoint_rolled_back_keeps_the_callbacks_queued_before_it(app, make):
    ran = []
    make.department()
    after_commit(lambda: ran.append("done task"))
    with pytest.raises(RuntimeError), db.session.begin_nested():
        raise RuntimeError("a refused task")
    assert ran == []
    db.session.commit()
    assert ran == ["done task"]


def test_a_rollback_of_the_whole_transaction_drops_them(app, make):
    ran = []
    make.department()
    after_commit(lambda: ran.append("never"))
    db.session.rollback()
    db.session.commit()
    assert ran == []


def test_callbacks_queued_under_one_key_run_once(app, make):
    ran = []
    make.department()
    for task in range(3):
        with db.session.begin_nested():
            after_commit(lambda task=task: ran.append(("deliver to 7", task)), key=("deliver", 7))
            after_commit(lambda: ran.append("deliver to 8"), key=("deliver", 8))
    after_commit(lambda: ran.append("unkeyed"))
    after_commit(lambda: ran.append("unkeyed"))
    db.session.commit()
    assert ran == [("deliver to 7", 0), "deliver to 8", "unkeyed", "unkeyed"]
    make.department()
    after_commit(lambda: ran.append("next transaction"), key=("deliver", 7))
    db.session.commit()
    assert ran[-1] == "next transaction"
