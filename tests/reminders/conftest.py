"""Fixtures of the reminder tests: a real SMTP server on loopback, the sweep as a function, and a
real Celery worker (with beat) in a subprocess."""

import contextlib
import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tracker.extensions import db
from tracker.reminders.operations.delivery import deliver_to
from tracker.reminders.operations.sweep import sweep
from workers.broker import forget_redis_queue

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    """A free loopback port (aiosmtpd's ``port=0`` does not work)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Sink:
    """aiosmtpd handler keeping every accepted message; ``delay`` slows each DATA down, and the
    addresses in ``refuse`` are refused (550)."""

    def __init__(self):
        self.messages = []
        self.delay = 0.0
        self.refuse = set()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            time.sleep(self.delay)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"


class SmtpServer:
    """A real SMTP server on a loopback port that can be stopped (down) and started again."""

    def __init__(self):
        self.port = free_port()
        self.sink = Sink()
        self.controller = None

    def start(self):
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self):
        with self.sink.lock:
            return [message for _, message in self.sink.messages]

    def recipients(self):
        with self.sink.lock:
            return [rcpt for rcpts, _ in self.sink.messages for rcpt in rcpts]

    def wait_for(self, count, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.messages) >= count:
                return self.messages
            time.sleep(0.1)
        raise AssertionError(f"{len(self.messages)} messages received, {count} expected within {timeout} s")


@pytest.fixture
def smtp(app):
    """A running SMTP server that the app sends to (``MAIL_SERVER`` set for the test)."""
    server = SmtpServer()
    server.start()
    saved = {key: app.config.get(key) for key in ("MAIL_SERVER", "MAIL_PORT", "MAIL_TIMEOUT")}
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, MAIL_TIMEOUT=5)
    yield server
    server.stop()
    app.config.update(saved)


@pytest.fixture
def inline_delivery(app):
    """Deliver right after the commit in this process (events), instead of enqueuing a job."""
    app.config["REMINDER_DELIVERY"] = "inline"
    yield
    app.config.pop("REMINDER_DELIVERY", None)


def run_sweep(now, *, deliver=True, chunk_size=None):
    """Run the sweep as of ``now`` and, like ``reminders sweep --sync``, deliver what it owes."""
    db.session.commit()
    result = sweep(now, chunk_size=chunk_size, grace_seconds=0)
    if deliver:
        for recipient_id in sorted(result.recipients):
            deliver_to(recipient_id, now)
    return result


def at(year, month, day, hour=9, minute=0, tz="Asia/Ho_Chi_Minh"):
    """An aware instant given in a zone (09:00 in Hanoi by default: after the send hour)."""
    from zoneinfo import ZoneInfo

    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(tz)).astimezone(UTC)


class Worker:
    """``celery -A workers.worker worker -B`` in a subprocess, stopped by its main PID."""

    def __init__(self, tmp_path, env):
        self.tmp_path = tmp_path
        self.env = env
        self.process = None
        self.log_path = tmp_path / f"worker-{uuid.uuid4().hex[:6]}.log"

    def start(self):
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workers.worker",
            "worker",
            "-B",
            "--pool=solo",
            "--loglevel=INFO",
            "-Q",
            self.env["CELERY_QUEUE"],
            "--schedule",
            str(self.tmp_path / f"beat-{uuid.uuid4().hex[:6]}"),
            "-n",
            f"test-{uuid.uuid4().hex[:6]}@%h",
        ]
        self.log = open(self.log_path, "wb")  # noqa: SIM115  (closed in stop())
        # A session of its own: the embedded beat is a child process, which a kill of the main
        # process alone would leave running (and publishing) after the test.
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        return self

    def kill(self):
        """SIGKILL the worker and its beat, as a machine that died: no chance to finish anything."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the main PID: it stops its children
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):  # whatever of its session outlived it
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()

    def output(self):
        self.log.flush()
        return self.log_path.read_text(errors="replace")


@pytest.fixture
def start_worker(app, tmp_path):
    """Start real workers against the test database; every one is stopped after the test."""
    workers = []

    def start(*, smtp, redis_url=None, **extra):
        env = {key: value for key, value in os.environ.items() if not key.startswith(("TRACKER_", "REDIS", "MAIL_"))}
        env.update(
            DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
            TRACKER_INSTANCE_PATH=str(tmp_path / "worker-instance"),
            TRACKER_DOTENV=str(tmp_path / "no.env"),
            TRACKER_BASE_URL=app.config["TRACKER_BASE_URL"],
            SECRET_KEY="worker-test",
            MAIL_SERVER="127.0.0.1",
            MAIL_PORT=str(smtp.port),
            REMINDER_SWEEP_SECONDS="1",
            CELERY_QUEUE=f"tracker-test-{uuid.uuid4().hex[:8]}",
            PYTHONUNBUFFERED="1",
        )
        if redis_url:
            env["REDIS_URL"] = redis_url
        env.update(extra)
        worker = Worker(tmp_path, env).start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()
        if "REDIS_URL" in worker.env:
            forget_redis_queue(worker.env["REDIS_URL"], worker.env["CELERY_QUEUE"])
