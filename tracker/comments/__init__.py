"""Discussion on a task: comments, with mentions of people who may see the task.

Comments are separate from progress reports (``TaskUpdate``) and shown with them in one timeline
on the task page. Their routes hang under ``/tasks/<id>/comments``; the JSON API's are in
:mod:`tracker.api.comments`. Both call :mod:`tracker.comments.operations`.
"""

from flask import Blueprint

bp = Blueprint("comments", __name__, url_prefix="/tasks")
