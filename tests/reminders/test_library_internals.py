"""The hand-written pieces that lean on library internals fail here, by name, when an upgrade moves them.

``workers/filesystem.py`` subclasses kombu's filesystem channel and overrides its private methods;
the email writer (``tracker.core.mail.Email``) builds the MIME structure with the standard library
itself. An upgrade of kombu that renames a method, changes a signature or stops calling it would not
fail loudly in use: jobs would silently go through kombu's own code again (with its races).
"""

import inspect

from kombu.transport import filesystem

from workers import filesystem as ours

#: kombu's private methods the channel overrides, with the parameters it expects them to take.
OVERRIDDEN = {
    "_put": ["self", "queue", "payload", "kwargs"],
    "_get": ["self", "queue"],
    "_purge": ["self", "queue"],
    "_queue_bind": ["self", "exchange", "routing_key", "pattern", "queue"],
    "get_table": ["self", "exchange"],
}
#: kombu's channel attributes the overrides read.
ATTRIBUTES = ("data_folder_in", "data_folder_out", "control_folder", "processed_folder", "store_processed")
#: Names imported from kombu's module.
IMPORTED = ("LOCK_EX", "LOCK_SH", "exchange_queue_t", "lock", "unlock", "Channel", "Transport")


def test_kombu_still_has_the_methods_the_channel_overrides_with_the_same_parameters():
    for name, parameters in OVERRIDDEN.items():
        theirs = getattr(filesystem.Channel, name, None)
        assert theirs is not None, f"kombu's filesystem.Channel no longer has {name}: review workers/filesystem.py"
        assert list(inspect.signature(theirs).parameters) == parameters, f"kombu changed {name}'s parameters"
        assert getattr(ours.Channel, name) is not theirs, f"workers/filesystem.py no longer overrides {name}"


def test_kombu_still_has_the_attributes_and_names_the_channel_uses():
    for name in IMPORTED:
        assert hasattr(filesystem, name), f"kombu.transport.filesystem no longer defines {name}"
    source = inspect.getsource(filesystem.Channel)
    for attribute in ATTRIBUTES:
        assert attribute in source, f"kombu's filesystem.Channel no longer uses {attribute}"


def test_the_transport_uses_the_channel():
    assert ours.Transport.Channel is ours.Channel
    assert issubclass(ours.Transport, filesystem.Transport)
