"""The embedded broker: Celery's filesystem transport, taking queued jobs from one listing per batch.

kombu's filesystem channel lists and sorts the whole queue folder for every message it takes, so a
worker draining n queued jobs does O(n²) work: with 5,000 reminder jobs queued, the worker's consumer
spent more CPU listing the folder than a pool process spent sending the emails. This channel keeps
one sorted listing, split by queue, and lists the folder again only when the queue asked for has
none left and the listing is at least 50 ms old (a worker also polls its nearly always empty control
queues, which would otherwise list the folder at every turn); jobs published meanwhile wait for that
next listing. A file another worker took first is skipped, as kombu does. It also polls every 50 ms
rather than every second. Selected by ``broker_transport`` in ``tracker.config`` for ``filesystem://``.
"""

import os
import shutil
import tempfile
from collections import deque
from queue import Empty
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import bytes_to_str
from kombu.utils.json import loads


class Channel(filesystem.Channel):
    #: A queue found empty is looked for again only in a listing at least this old (a worker also
    #: polls its control and event queues, which are nearly always empty).
    relist_after = 0.05

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._listed = {}
        self._listed_at = None

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
            return loads(bytes_to_str(payload))
        raise Empty()

    def _purge(self, queue):
        self._listed.pop(queue, None)
        return super()._purge(queue)


class Transport(filesystem.Transport):
    Channel = Channel
    #: kombu polls every second by default. A worker whose prefetch window is full (acks come late)
    #: sleeps a whole interval before it takes more, while its pool processes run out of work: the
    #: pool sat idle for most of each second. A poll of an empty folder is one cheap listing.
    polling_interval = 0.05
