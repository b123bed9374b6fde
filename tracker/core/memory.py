"""How a long-running Tracker process treats its memory once it has started.

Python's cyclic garbage collector walks every object that may hold references, from time to time
all of them. A web process keeps two hundred thousand such objects for its whole life (modules,
the app, its routes, SQLAlchemy's mappers, Babel's catalogues, the extractor's tables), and
walking them all took 100-400 ms on this project's benchmark machine: every few dozen requests,
one request waited that long, which was most of a page's 95th percentile. The collector also ran
on young objects every 700 allocations, a dozen times in one list page.

:func:`settle` moves what start-up built out of the collector's sight (``gc.freeze``: they are
never freed anyway) and lets young objects pile up longer before a collection (most die when their
request ends, by reference counting, before any collection sees them). ``gunicorn.conf.py`` calls it
in each web process once the app is loaded, the Celery worker in each process it starts, and the
benchmarks before measuring, as production runs.
"""

import gc

#: Allocations (net of frees) between collections of the youngest generation (Python's: 700).
YOUNG_THRESHOLD = 20_000


def settle():
    """Freeze what exists now, then collect young objects every :data:`YOUNG_THRESHOLD` allocations."""
    gc.collect()
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
