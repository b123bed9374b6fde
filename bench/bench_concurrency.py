"""Concurrency over HTTP: gunicorn started the documented way, 4, 16 and 64 clients at once.

The in-process measurements of ``bench.scenarios`` time one request at a time. This runs the
production command (``gunicorn -c gunicorn.conf.py wsgi:app``, README *Running in production*)
against the benchmark's database, and clients that each keep one HTTP/1.1 connection open and send
list requests back to back with bearer tokens of different users, for a fixed time. It reports the
throughput and p50/p95 per number of clients, and a run against two gunicorn instances sharing the
database (two web nodes behind a proxy, the clients split between them).

The clients are threads of this process: on a two-core machine they compete with the server for
the CPU, so the figures are a lower bound of what a node serves to clients on other machines.
"""

import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.measure import token_for

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = (4, 16, 64)
SECONDS = float(os.environ.get("TRACKER_BENCH_CONCURRENCY_SECONDS", "10"))
GOAL_P95_MS_AT_16 = 200


@dataclass
class Run:
    name: str
    clients: int
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p95_ms: float

    @property
    def throughput(self):
        return self.requests / self.seconds if self.seconds else 0.0


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(database_url, instance, port, log):
    """gunicorn as the README starts it, on ``port``, against ``database_url``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("TRACKER_", "MAIL_", "REDIS"))}
    env.update(
        DATABASE_URL=database_url,
        TRACKER_INSTANCE_PATH=str(instance),
        SECRET_KEY="bench-secret-key",  # noqa: S106 (a throw-away database)
        PORT=str(port),
        # The benchmark's few hundred tokens send far more than one person would.
        TRACKER_API_RATE_LIMIT="1000000 per minute",
    )
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "wsgi:app"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start: {process.stderr.read().decode()[-2000:]}") from None
                time.sleep(0.2)
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log(f"gunicorn on port {port} stopped")


def client(port, requests, stop, latencies, errors):
    """One client: one kept-alive connection, requests back to back until ``stop``."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    index = 0
    while not stop.is_set():
        path, token = requests[index % len(requests)]
        index += 1
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Authorization": f"Bearer {token}"})
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
            if response.will_close:
                connection.close()
        except (OSError, http.client.HTTPException):
            ok = False
            connection.close()
        elapsed = time.perf_counter() - started
        if stop.is_set():
            break
        if ok:
            latencies.append(elapsed)
        else:
            errors.append(elapsed)
    connection.close()


def load(name, ports, requests, clients, seconds=SECONDS):
    """``clients`` clients spread over ``ports`` for ``seconds``; returns the :class:`Run`."""
    stop = threading.Event()
    latencies, errors = [], []
    threads = [
        threading.Thread(
            target=client, args=(ports[i % len(ports)], requests[i:] + requests[:i], stop, latencies, errors)
        )
        for i in range(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies) or [0.0]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return Run(name, clients, len(latencies), len(errors), elapsed, statistics.median(ordered) * 1000, p95 * 1000)


def list_requests(data):
    """List reads as the API's users make them: each user their own view, different filters."""
    departments = sorted(set(data.heads) - set(data.inactive_departments))
    requests = []
    for i, department in enumerate(departments):
        head = data.heads[department][0]
        requests.append((f"/api/v1/tasks?status=open&per_page=25&page={1 + i % 3}", token_for(head)))
        requests.append(("/api/v1/tasks?timing=overdue&per_page=25", token_for(head)))
        requests.append((f"/api/v1/tasks?department_id={department}&role=lead&per_page=25", token_for(data.leaders[0])))
    return requests


def run(database_url, instance, data, log):
    """Every concurrency measurement against ``database_url``; returns the runs."""
    requests = list_requests(data)
    runs = []
    with gunicorn(database_url, instance, free_port(), log) as port:
        load("warm-up", [port], requests, 4, seconds=2)
        for clients in CLIENTS:
            runs.append(load("one node", [port], requests, clients))
            log(f"concurrency: {clients} clients, {runs[-1].throughput:.0f} req/s, p95 {runs[-1].p95_ms:.0f} ms")
    with (
        gunicorn(database_url, instance, free_port(), log) as first,
        gunicorn(database_url, instance, free_port(), log) as second,
    ):
        load("warm-up", [first, second], requests, 4, seconds=2)
        runs.append(load("two nodes", [first, second], requests, 16))
        log(f"concurrency: two nodes, 16 clients, {runs[-1].throughput:.0f} req/s, p95 {runs[-1].p95_ms:.0f} ms")
    return runs


def table(database, runs):
    lines = [
        "| database | gunicorn | clients | requests | errors | req/s | p50 ms | p95 ms | goal | result |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run_ in runs:
        goal = f"p95 < {GOAL_P95_MS_AT_16} ms" if run_.clients == 16 else ""
        result = ("pass" if run_.p95_ms < GOAL_P95_MS_AT_16 and not run_.errors else "FAIL") if goal else ""
        lines.append(
            f"| {database} | {run_.name} | {run_.clients} | {run_.requests} | {run_.errors} | {run_.throughput:.0f} "
            f"| {run_.p50_ms:.1f} | {run_.p95_ms:.1f} | {goal} | {result} |"
        )
    return "\n".join(lines)
