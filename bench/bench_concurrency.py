"""Concurrency over HTTP: gunicorn started the documented way, 4, 16 and 64 clients at once.

The in-process measurements of ``bench.scenarios`` time one request at a time. This runs the
production command (``gunicorn -c gunicorn.conf.py wsgi:app``, README *Running in production*)
against the benchmark's database, and clients that each keep one HTTP/1.1 connection open and send
list requests back to back with bearer tokens of different users, for a fixed time. It reports the
throughput and p50/p95 per number of clients, and a run against two gunicorn instances sharing the
database and, when the benchmark has one, Redis (the rate limits' store: two web nodes behind a
proxy, the clients split between them).

The clients are one process of their own (``python -m bench.bench_concurrency client``), all on
one asyncio loop writing prepared requests and reading the answers: 0.2-0.3 ms of CPU per request,
measured and reported apart, so that what the load generator takes of the shared cores is known
(the clients were threads of the benchmark's own process, their CPU mixed with its).
Beside each run: the CPU per request of gunicorn's processes and of PostgreSQL's (what bounds the
throughput: two cores give at most ``2000 / (server + database CPU ms)`` requests a second) and the
load average, since on a shared machine other processes take their share of the two cores.
"""

import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = (4, 16, 64)
SECONDS = float(os.environ.get("TRACKER_BENCH_CONCURRENCY_SECONDS", "10"))
GOAL_P95_MS_AT_16 = 200
BENCH_REDIS_DB = 14


@dataclass
class Run:
    name: str
    clients: int
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p95_ms: float
    #: CPU seconds over the run: gunicorn's processes, PostgreSQL's for the database, the clients'.
    cpu_s: dict = field(default_factory=dict)
    load: tuple = ()

    @property
    def throughput(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def cpu_ms_per_request(self, part):
        done = self.requests + self.errors
        return 1000 * self.cpu_s[part] / done if done and part in self.cpu_s else None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_url():
    """The Redis the web nodes share (their rate limits): ``TRACKER_BENCH_REDIS_URL``, else database 14
    of ``TRACKER_TEST_REDIS_URL``; ``None`` without one (each node then limits in its own memory)."""
    from urllib.parse import urlsplit, urlunsplit

    explicit = os.environ.get("TRACKER_BENCH_REDIS_URL")
    if explicit or not os.environ.get("TRACKER_TEST_REDIS_URL"):
        return explicit
    return urlunsplit(urlsplit(os.environ["TRACKER_TEST_REDIS_URL"])._replace(path=f"/{BENCH_REDIS_DB}"))


# --- CPU of the processes on this machine ---------------------------------------------------------


def _stat(pid):
    """``(parent pid, CPU seconds)`` of a process, or ``None`` when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as file:
            fields = file.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            return file.read()
    except OSError:
        return b""


def process_cpu(arbiters=(), database=None):
    """``{"server": {pid: s}, "database": {pid: s}}``: CPU seconds so far of each gunicorn arbiter and
    its workers, and of the PostgreSQL processes serving ``database`` on this machine."""
    found = {"server": {}, "database": {}}
    if not os.path.isdir("/proc"):
        return found
    arbiters = set(arbiters)
    for pid in filter(str.isdigit, os.listdir("/proc")):
        stat = _stat(pid)
        if stat is None:
            continue
        parent, seconds = stat
        if int(pid) in arbiters or parent in arbiters:
            found["server"][pid] = seconds
        elif database and _cmdline(pid).startswith(b"postgres:") and f" {database} ".encode() in _cmdline(pid):
            found["database"][pid] = seconds
    return found


def cpu_used(before, after):
    """CPU seconds per part between two :func:`process_cpu` readings (new processes count from 0)."""
    return {part: sum(seconds - before[part].get(pid, 0.0) for pid, seconds in after[part].items()) for part in after}


# --- gunicorn -------------------------------------------------------------------------------------


@contextmanager
def gunicorn(database_url, instance, port, log, settings=None, redis=None):
    """gunicorn as the README starts it, on ``port``, against ``database_url``; yields the process.

    ``settings``: environment variables that gunicorn.conf.py reads (``WEB_CONCURRENCY``,
    ``TRACKER_WEB_THREADS``), to compare other numbers of processes and threads.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith(("TRACKER_", "MAIL_", "REDIS"))}
    env.pop("WEB_CONCURRENCY", None)
    env.update(
        DATABASE_URL=database_url,
        TRACKER_INSTANCE_PATH=str(instance),
        SECRET_KEY="bench-secret-key",  # noqa: S106 (a throw-away database)
        PORT=str(port),
        # The benchmark's few hundred tokens send far more than one person would.
        TRACKER_API_RATE_LIMIT="1000000 per minute",
        **({"REDIS_URL": redis} if redis else {}),
        **(settings or {}),
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
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log(f"gunicorn on port {port} stopped")


# --- The clients (a process of their own) ----------------------------------------------------------


async def _client(port, requests, stop_at, latencies, errors):
    """One client: one kept-alive connection, requests back to back until ``stop_at``."""
    reader = writer = None
    index = 0
    while time.perf_counter() < stop_at:
        raw = requests[index % len(requests)]
        index += 1
        started = time.perf_counter()
        ok = False
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(raw)
            head = await reader.readuntil(b"\r\n\r\n")
            lowered = head.lower()
            length = int(lowered.split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
            await reader.readexactly(length)
            ok = head[9:12] == b"200"
            if b"connection: close" in lowered:
                writer.close()
                writer = None
        except (OSError, IndexError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            if writer is not None:
                writer.close()
            writer = None
        elapsed = time.perf_counter() - started
        if time.perf_counter() >= stop_at:
            break  # cut by the end of the run: neither counted nor timed
        (latencies if ok else errors).append(elapsed)
    if writer is not None:
        writer.close()


async def _clients(spec):
    requests = [
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
        for path, token in spec["requests"]
    ]
    ports, latencies, errors = spec["ports"], [], []
    stop_at = time.perf_counter() + spec["seconds"]
    await asyncio.gather(
        *(
            _client(ports[i % len(ports)], requests[i:] + requests[:i], stop_at, latencies, errors)
            for i in range(spec["clients"])
        )
    )
    return latencies, errors


def client_main():
    """``python -m bench.bench_concurrency client``: the spec as JSON on stdin, the results on stdout."""
    spec = json.load(sys.stdin)
    started, cpu = time.perf_counter(), time.process_time()
    latencies, errors = asyncio.run(_clients(spec))
    result = dict(
        latencies=latencies, errors=len(errors), seconds=time.perf_counter() - started, cpu_s=time.process_time() - cpu
    )
    json.dump(result, sys.stdout)


def load(name, ports, requests, clients, seconds=SECONDS, arbiters=(), database=None):
    """``clients`` clients spread over ``ports`` for ``seconds``; returns the :class:`Run`."""
    spec = dict(ports=list(ports), requests=requests, clients=clients, seconds=seconds)
    before = process_cpu(arbiters, database)
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_concurrency", "client"],
        cwd=ROOT,
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        check=True,
    )
    cpu = cpu_used(before, process_cpu(arbiters, database))
    result = json.loads(done.stdout)
    cpu["clients"] = result["cpu_s"]
    ordered = sorted(result["latencies"]) or [0.0]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return Run(
        name,
        clients,
        len(result["latencies"]),
        result["errors"],
        result["seconds"],
        statistics.median(ordered) * 1000,
        p95 * 1000,
        cpu,
        os.getloadavg(),
    )


def list_requests(data):
    """List reads as the API's users make them: each user their own view, different filters."""
    from bench.measure import token_for

    departments = sorted(set(data.heads) - set(data.inactive_departments))
    requests = []
    for i, department in enumerate(departments):
        head = data.heads[department][0]
        requests.append((f"/api/v1/tasks?status=open&per_page=25&page={1 + i % 3}", token_for(head)))
        requests.append(("/api/v1/tasks?timing=overdue&per_page=25", token_for(head)))
        requests.append((f"/api/v1/tasks?department_id={department}&role=lead&per_page=25", token_for(data.leaders[0])))
    return requests


def run(database_url, instance, data, log, settings=None, clients=CLIENTS):
    """Every concurrency measurement against ``database_url``; returns the runs."""
    requests = list_requests(data)
    database = database_url.rsplit("/", 1)[-1].split("?")[0] if database_url.startswith("postgresql") else None
    redis = redis_url()
    runs = []

    def measure(name, processes, count, ports):
        arbiters = [process.pid for process in processes]
        load("warm-up", ports, requests, 4, seconds=2)
        runs.append(load(name, ports, requests, count, arbiters=arbiters, database=database))
        done = runs[-1]
        log(
            f"concurrency: {name}, {count} clients, {done.throughput:.0f} req/s, p95 {done.p95_ms:.0f} ms, "
            f"server CPU {done.cpu_ms_per_request('server'):.1f} ms/request, load {done.load[0]:.1f}"
        )

    port = free_port()
    with gunicorn(database_url, instance, port, log, settings, redis) as node:
        for count in clients:
            measure("one node", [node], count, [port])
    ports = [free_port(), free_port()]
    with (
        gunicorn(database_url, instance, ports[0], log, settings, redis) as first,
        gunicorn(database_url, instance, ports[1], log, settings, redis) as second,
    ):
        measure("two nodes", [first, second], 16, ports)
    return runs


def table(database, runs):
    lines = [
        "| database | gunicorn | clients | requests | errors | req/s | p50 ms | p95 ms | CPU ms per request: "
        "gunicorn / PostgreSQL / clients | load average | goal | result |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run_ in runs:
        goal = f"p95 < {GOAL_P95_MS_AT_16} ms" if run_.clients == 16 else ""
        result = ("pass" if run_.p95_ms < GOAL_P95_MS_AT_16 and not run_.errors else "FAIL") if goal else ""
        cpu = " / ".join(
            "-" if value is None else f"{value:.1f}"
            for value in (run_.cpu_ms_per_request(part) for part in ("server", "database", "clients"))
        )
        load = " / ".join(f"{x:.1f}" for x in run_.load)
        lines.append(
            f"| {database} | {run_.name} | {run_.clients} | {run_.requests} | {run_.errors} | {run_.throughput:.0f} "
            f"| {run_.p50_ms:.1f} | {run_.p95_ms:.1f} | {cpu} | {load} | {goal} | {result} |"
        )
    return "\n".join(lines)


if __name__ == "__main__" and sys.argv[1:] == ["client"]:
    client_main()
