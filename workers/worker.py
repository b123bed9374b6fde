"""The worker entry: ``celery -A workers.worker worker`` and ``celery -A workers.worker beat``.

The only module that creates the Flask app at import time; job modules never do.
"""

from tracker import create_app

flask_app = create_app()
celery_app = flask_app.extensions["celery"]

import workers.mail  # noqa: E402  (registers the jobs on the app above)
import workers.reminders  # noqa: E402,F401
