"""gunicorn settings for Tracker in production: ``gunicorn -c gunicorn.conf.py wsgi:app``.

Threaded workers (``gthread``) keep client connections alive and overlap a request's waits (the
database round trips, a proxy slow to read the answer) with other requests' work; gunicorn's
default ``sync`` worker closes every connection and holds a whole process through each wait.

The numbers, from ``make bench`` (``bench/bench_concurrency.py``; README, *Performance*): a list
request costs about 10 ms of CPU in gunicorn's process and 5-9 ms in PostgreSQL, and waits a few
milliseconds for PostgreSQL's answers. One process per core does the CPU work (the GIL lets one
thread run Python at a time); four threads per process keep that core busy while other requests
wait on the database, without queueing more work than the core can finish. Measured at 16 clients
on two cores: four processes of two threads, or two of one thread, cost 14-16 ms of gunicorn CPU
per request instead of 10-12 (more processes than cores only switch more; one thread leaves the
core idle while its request waits), and eight threads per process cost the same as four while
lengthening the queue inside the process. Each thread holds at most one database connection (the
pool's default of 5, plus 10 on overflow, per process covers four), so a node needs
``workers x threads`` connections (8 on two cores) out of PostgreSQL's ``max_connections``.

The ``Procfile`` (``make run``) starts the web process with this same file.

Every value can be changed from the environment without editing this file.
"""

import multiprocessing
import os

bind = os.environ.get("TRACKER_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
threads = int(os.environ.get("TRACKER_WEB_THREADS", "4"))
# Behind a reverse proxy that reuses its upstream connections; longer than the proxy's idle timeout
# would only hold sockets, shorter makes the proxy reconnect.
keepalive = int(os.environ.get("TRACKER_KEEPALIVE_SECONDS", "15"))
timeout = int(os.environ.get("TRACKER_WORKER_TIMEOUT", "60"))
graceful_timeout = 30
# Recycle a worker now and then, staggered, so a slow leak in any library cannot grow for ever.
max_requests = 20000
max_requests_jitter = 2000
# The heartbeat file on a memory file system: a slow disk cannot make the arbiter kill a worker.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
# No access log from gunicorn: a request line carries calendar feed addresses. The proxy logs
# requests; Tracker logs what it does itself.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("TRACKER_LOG_LEVEL", "info")


def post_worker_init(worker):
    """Once a web process has loaded the app: keep start-up's objects out of the collector's walks
    (:mod:`tracker.core.memory`)."""
    from tracker.core import memory

    memory.settle()
