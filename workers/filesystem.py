"""The embedded broker: Celery's filesystem transport, taking queued jobs from one listing per batch.

kombu's filesystem channel lists and sorts the whole queue folder for every message it takes, so a
worker draining n queued jobs does O(n²) work: with 5,000 reminder jobs queued, the worker's consumer
spent more CPU listing the folder than a pool process spent sending the emails. This channel keeps
one sorted listing, split by queue, and lists the folder again only when the queue asked for has
none left and the listing is at least 50 ms old (a worker also polls its nearly always empty control
queues, which would otherwise list the folder at every turn); jobs published meanwhile wait for that
next listing. A file another worker took first is skipped, as kombu does. It also polls every 50 ms
rather than every second. Selected by ``broker_transport`` in ``tracker.config`` for ``filesystem://``.

Publishing is atomic: kombu creates the job file under its final name and writes it afterwards, so a
consumer listing the folder in between took an empty file, failed to parse it and the worker exited
("Unrecoverable error"), the job lost. Here a job is written under a temporary name that no consumer
matches (``.<uuid>.tmp``) and renamed into place once whole. A job file that still cannot be read
(empty, truncated, not JSON, not a message) is logged and moved aside to the ``failed`` folder; the
worker goes on with the next one, and the ledger, which still owes that job's reminders, has the
sweep enqueue them again. Declaring a queue has the same race in kombu (the exchange's binding file is
truncated before it is locked, and another process declaring at the same moment read it empty and
died): here the file is created, locked, then read and rewritten.
"""

import contextlib
import logging
import os
import shutil
import tempfile
import uuid
from collections import deque
from queue import Empty
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.transport.filesystem import LOCK_EX, LOCK_SH, exchange_queue_t, lock, unlock
from kombu.utils.encoding import bytes_to_str, str_to_bytes
from kombu.utils.json import dumps, loads

log = logging.getLogger("tracker.workers")


class Channel(filesystem.Channel):
    #: A queue found empty is looked for again only in a listing at least this old (a worker also
    #: polls its control and event queues, which are nearly always empty).
    relist_after = 0.05

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._listed = {}
        self._listed_at = None

    @property
    def failed_folder(self):
        """Where unreadable job files are set aside (``failed_folder``, else ``failed`` in the queue folder)."""
        return self.transport_options.get("failed_folder") or os.path.join(self.data_folder_in, "failed")

    def _put(self, queue, payload, **kwargs):
        """Write the job under a temporary name, then rename it into the queue: never seen half-written."""
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        temporary = os.path.join(self.data_folder_out, f".{uuid.uuid4().hex}.tmp")
        try:
            with open(temporary, "wb") as file:
                file.write(str_to_bytes(dumps(payload)))
            os.replace(temporary, os.path.join(self.data_folder_out, name))
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(temporary)
            raise ChannelError(f"Cannot add file {name!r} to directory") from exc

    def get_table(self, exchange):
        file = self._exchange_file(exchange)
        try:
            with open(file, "rb") as handle:
                lock(handle, LOCK_SH)
                try:
                    content = handle.read()
                finally:
                    unlock(handle)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise ChannelError(f"Cannot open {file}") from exc
        return [exchange_queue_t(*q) for q in loads(bytes_to_str(content))] if content.strip() else []

    def _queue_bind(self, exchange, routing_key, pattern, queue):
        """Add the binding under an exclusive lock taken before anything is read or truncated."""
        file = self._exchange_file(exchange)
        self.control_folder.mkdir(exist_ok=True)
        binding = exchange_queue_t(routing_key or "", pattern or "", queue or "")
        try:
            with open(os.open(file, os.O_RDWR | os.O_CREAT, 0o666), "r+b", buffering=0) as handle:
                lock(handle, LOCK_EX)
                try:
                    content = handle.read()
                    queues = [exchange_queue_t(*q) for q in loads(bytes_to_str(content))] if content.strip() else []
                    if binding not in queues:
                        queues.insert(0, binding)
                        handle.seek(0)
                        handle.truncate()
                        handle.write(str_to_bytes(dumps(queues)))
                finally:
                    unlock(handle)
        except OSError as exc:
            raise ChannelError(f"Cannot open {file}") from exc

    def _list(self):
        listed = {}
        for name in sorted(os.listdir(self.data_folder_in)):
            queue, _, extension = name.partition(".")[2].rpartition(".")
            if extension == "msg":
                listed.setdefault(queue, deque()).append(name)
        self._listed, self._listed_at = listed, monotonic()

    def _get(self, queue):
        listed = self._listed.get(queue)
        if not listed and (self._listed_at is None or monotonic() - self._listed_at >= self.relist_after):
            self._list()
            listed = self._listed.get(queue)
        processed_folder = self.processed_folder if self.store_processed else tempfile.gettempdir()
        while listed:
            filename = listed.popleft()
            try:
                shutil.move(os.path.join(self.data_folder_in, filename), processed_folder)
            except OSError:
                continue  # taken by another consumer (or locked) since the listing
            path = os.path.join(processed_folder, filename)
            try:
                with open(path, "rb") as file:
                    payload = file.read()
                if not self.store_processed:
                    os.remove(path)
            except OSError as exc:
                raise ChannelError(f"Cannot read file {path!r} from queue.") from exc
            try:
                message = loads(bytes_to_str(payload))
                if not isinstance(message, dict) or not isinstance(message.get("properties"), dict):
                    raise ValueError("not a message")
            except ValueError as error:  # JSONDecodeError and UnicodeDecodeError too
                self._set_aside(filename, payload, error)
                continue
            return message
        raise Empty()

    def _set_aside(self, filename, payload, error):
        """Keep an unreadable job file in the failed folder, log it, and carry on."""
        log.error(
            "job file %s of the embedded broker cannot be read (%d bytes: %s); set aside in %s, "
            "its reminders stay owed and the sweep enqueues them again",
            filename,
            len(payload),
            error,
            self.failed_folder,
        )
        try:
            os.makedirs(self.failed_folder, exist_ok=True)
            with open(os.path.join(self.failed_folder, filename), "wb") as file:
                file.write(payload)
        except OSError:
            log.exception("could not keep the unreadable job file %s", filename)

    def _purge(self, queue):
        self._listed.pop(queue, None)
        return super()._purge(queue)


class Transport(filesystem.Transport):
    Channel = Channel
    #: kombu polls every second by default. A worker whose prefetch window is full (acks come late)
    #: sleeps a whole interval before it takes more, while its pool processes run out of work: the
    #: pool sat idle for most of each second. A poll of an empty folder is one cheap listing.
    polling_interval = 0.05
