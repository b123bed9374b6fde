"""The embedded broker's channel (``workers.filesystem``): it reads the queue folder once per batch,
and must still hand out every job once, in order, skipping what another consumer took."""

import multiprocessing
import os
import time
import uuid
from queue import Empty

import pytest
from kombu import Connection

from tracker import create_app


@pytest.fixture
def jobs():
    """A queue name of this test alone: kombu remembers declared queues per process, not per folder."""
    return f"jobs-{uuid.uuid4().hex[:8]}"


def connect(folder):
    (folder / "control").mkdir(exist_ok=True)
    options = {
        "data_folder_in": str(folder),
        "data_folder_out": str(folder),
        "control_folder": str(folder / "control"),  # kombu's default is relative to the working directory
        "store_processed": False,
    }
    return Connection("filesystem://", transport="workers.filesystem:Transport", transport_options=options)


def put(queue, numbers):
    for n in numbers:
        queue.put({"n": n})
        time.sleep(0.002)  # file names start with the millisecond: keep the order unambiguous


def drain(queue):
    received = []
    while True:
        try:
            message = queue.get(timeout=0.5)  # longer than the channel waits before listing again
        except Empty:
            return received
        message.ack()
        received.append(message.payload)


def test_each_job_is_taken_once_in_order_skipping_one_taken_by_another_consumer(tmp_path, jobs):
    with connect(tmp_path) as connection:
        queue = connection.SimpleQueue(jobs)
        put(queue, range(5))
        first = queue.get(block=False)  # lists the folder: jobs 1-4 are now in the channel's batch
        first.ack()
        taken = sorted(name for name in os.listdir(tmp_path) if name.endswith(f".{jobs}.msg"))[0]
        os.remove(tmp_path / taken)  # another worker took job 1 meanwhile
        put(queue, range(5, 7))  # published after the listing: read with the next one
        assert first.payload == {"n": 0}
        assert drain(queue) == [{"n": n} for n in (2, 3, 4, 5, 6)]
        queue.put({"n": 7})
        assert drain(queue) == [{"n": 7}]
        assert not [name for name in os.listdir(tmp_path) if name.endswith(".msg")]
        queue.close()


def test_two_consumers_on_one_folder_share_the_jobs_without_doubles(tmp_path, jobs):
    with connect(tmp_path) as one, connect(tmp_path) as two:
        first, second = one.SimpleQueue(jobs), two.SimpleQueue(jobs)
        for n in range(20):
            first.put({"n": n})
        got = []
        for _ in range(10):  # both list the same 20 files, then take them in turns
            for queue in (first, second):
                try:
                    message = queue.get(block=False)
                except Empty:
                    continue
                message.ack()
                got.append(message.payload["n"])
        got += [payload["n"] for payload in drain(first) + drain(second)]
        assert sorted(got) == list(range(20))
        first.close()
        second.close()


@pytest.mark.parametrize("redis", [None, "redis://127.0.0.1:6379/15"])
def test_the_filesystem_transport_is_used_only_for_the_embedded_broker(tmp_path, monkeypatch, redis):
    monkeypatch.setenv("TRACKER_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("TRACKER_DOTENV", str(tmp_path / "none.env"))
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    monkeypatch.delenv("TRACKER_EMBEDDED_BROKER", raising=False)
    if redis:
        monkeypatch.setenv("REDIS_URL", redis)
    else:
        monkeypatch.delenv("REDIS_URL", raising=False)
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'db.sqlite'}"})
    celery = app.extensions["celery"]
    with celery.connection_for_write() as connection:
        transport = type(connection.transport)
    if redis:
        assert transport.__module__ == "kombu.transport.redis"
    else:
        assert f"{transport.__module__}:{transport.__name__}" == "workers.filesystem:Transport"


def test_queues_with_dots_in_their_names_keep_their_own_jobs(tmp_path, jobs):
    with connect(tmp_path) as connection:
        dotted, plain = connection.SimpleQueue(f"{jobs}.deliver.v2"), connection.SimpleQueue(jobs)
        put(plain, [1])
        put(dotted, [2])
        assert drain(dotted) == [{"n": 2}]
        assert drain(plain) == [{"n": 1}]
        dotted.close()
        plain.close()


def test_on_redis_a_job_a_worker_took_is_kept_nowhere_else(tmp_path, monkeypatch, redis_url, jobs):
    """Redis runs without kombu's ack emulation: a job handed out leaves no copy behind (the copy and
    its removal were two transactions per job). Jobs lost with a worker are the ledger's to send."""
    import redis

    monkeypatch.setenv("TRACKER_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("TRACKER_DOTENV", str(tmp_path / "none.env"))
    monkeypatch.setenv("REDIS_URL", redis_url)
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'db.sqlite'}"})
    client = redis.Redis.from_url(redis_url)
    with app.extensions["celery"].connection_for_read() as connection:
        queue = connection.SimpleQueue(jobs)
        try:
            queue.put({"n": 1})
            message = queue.get(timeout=5)
            assert message.payload == {"n": 1}
            assert client.llen(jobs) == 0
            assert not client.hexists("unacked", message.delivery_tag)
            message.ack()
        finally:
            queue.close()
            client.delete(jobs, f"_kombu.binding.{jobs}", f"_kombu.binding_permanent.{jobs}")


def _publish(folder, queue_name, numbers):
    """A publisher process of its own, as the beat or the web are beside the worker."""
    with connect(folder) as connection:
        queue = connection.SimpleQueue(queue_name)
        for n in numbers:
            queue.put({"n": n})
        queue.close()


@pytest.mark.timeout(120)
def test_thousands_of_jobs_published_while_being_consumed_are_each_received_once(tmp_path, jobs):
    """kombu created a job's file before writing it: a consumer listing the folder in between read it
    empty and the worker died on the JSON error, the job lost. Published atomically, none is."""
    context = multiprocessing.get_context("fork")
    for run in range(5):  # the old channel lost a job in about one run of five
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        name = f"{jobs}-{run}"
        with connect(folder) as connection:
            queue = connection.SimpleQueue(name)
            publishers = [
                context.Process(target=_publish, args=(folder, name, range(start, 2400, 3))) for start in range(3)
            ]
            for process in publishers:
                process.start()
            received, deadline = [], time.monotonic() + 60
            while len(received) < 2400 and time.monotonic() < deadline:
                try:
                    message = queue.get(timeout=0.2)
                except Empty:
                    continue
                message.ack()
                received.append(message.payload["n"])
            for process in publishers:
                process.join(timeout=30)
                assert process.exitcode == 0
            received += [payload["n"] for payload in drain(queue)]
            queue.close()
        assert len(received) == 2400 and sorted(received) == list(range(2400)), f"run {run}"
        assert not [name for name in os.listdir(folder) if name.endswith((".msg", ".tmp"))]


def test_a_job_file_that_cannot_be_read_is_set_aside_and_the_next_jobs_still_arrive(tmp_path, jobs, caplog):
    with connect(tmp_path) as connection:
        queue = connection.SimpleQueue(jobs)
        put(queue, [1])
        stamp = int(time.monotonic() * 1000)
        bad = {
            f"{stamp}_a.{jobs}.msg": b"",  # created, not yet written
            f"{stamp}_b.{jobs}.msg": b'{"body": "trunc',  # truncated
            f"{stamp}_c.{jobs}.msg": b"\xff\xfe not utf-8",
            f"{stamp}_d.{jobs}.msg": b"[1, 2]",  # JSON, not a message
        }
        for name, content in bad.items():
            (tmp_path / name).write_bytes(content)
        time.sleep(0.002)
        put(queue, [2, 3])
        with caplog.at_level("ERROR", logger="tracker.workers"):
            assert drain(queue) == [{"n": 1}, {"n": 2}, {"n": 3}]
        queue.close()
    failed = tmp_path / "failed"
    assert {path.name: path.read_bytes() for path in failed.iterdir()} == bad
    assert len([r for r in caplog.records if "cannot be read" in r.getMessage()]) == 4
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".msg")]


def test_a_job_is_published_under_a_name_no_consumer_takes_until_it_is_whole(tmp_path, jobs, monkeypatch):
    """Caught in the middle of a publish: the folder holds only the temporary name, which neither this
    channel nor kombu's own matches as a job of any queue."""
    seen = []
    real_replace = os.replace

    def replace(source, target):
        seen.append(sorted(os.listdir(tmp_path)))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with connect(tmp_path) as connection:
        queue = connection.SimpleQueue(jobs)
        queue.put({"n": 1})
        pending = [name for name in seen[-1] if name != "control"]
        assert len(pending) == 1 and pending[0].startswith(".") and pending[0].endswith(".tmp")
        assert pending[0].partition(".")[2] != f"{jobs}.msg" and not pending[0].endswith(".msg")
        assert drain(queue) == [{"n": 1}]
        queue.close()
