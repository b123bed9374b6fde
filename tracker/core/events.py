"""Domain events, sent by operations and received by other domains (reminders, for one).

Operations send an event after they have changed the objects and flushed, inside the caller's
unit of work; receivers add to the same unit of work (a ledger row, an email queued for after the
commit) and never commit themselves. Using blinker signals keeps the task workflow free of any
knowledge of who listens.

Every signal is sent with the task (or extension request) as sender and keyword arguments:
``actor`` (the user acting) and, where it applies, ``update`` (the TaskUpdate written).
"""

from blinker import Namespace

signals = Namespace()

#: A task was created (``sender``: Task).
task_created = signals.signal("task-created")
#: The assignee or the lead department of a task changed (``sender``: Task, ``previous_assignee_id``).
task_assigned = signals.signal("task-assigned")
#: A task moved from one status to another (``sender``: Task, ``action``, ``status_from``, ``update``).
task_transitioned = signals.signal("task-transitioned")
#: The deadline in force changed (``sender``: Task, ``previous_due_on``).
task_deadline_changed = signals.signal("task-deadline-changed")
#: An extension request was approved or refused (``sender``: ExtensionRequest).
extension_decided = signals.signal("extension-decided")
#: A task's fields were edited (``sender``: Task, ``changed``: {field: (before, after)},
#: ``previous_coordinating_ids``, ``update``); sent after the more specific events of the same edit.
task_edited = signals.signal("task-edited")
#: Progress, a current value or a remark was reported on a task (``sender``: Task, ``update``).
task_reported = signals.signal("task-reported")
#: The lead side asked for a later deadline (``sender``: ExtensionRequest, ``update``).
extension_requested = signals.signal("extension-requested")
#: A comment was written on a task (``sender``: Comment, ``task``, ``mentioned_ids``: user ids).
comment_posted = signals.signal("comment-posted")
