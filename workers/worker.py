"""The worker entry: ``celery -A workers.worker worker`` and ``celery -A workers.worker beat``.

The only module that creates the Flask app at import time; job modules never do.
"""

from tracker import create_app

flask_app = create_app()
celery_app = flask_app.extensions["celery"]

# Importing the job modules registers their jobs on the app above.
import workers.broker  # noqa: E402
import workers.mail  # noqa: E402
import workers.maintenance  # noqa: E402
import workers.reminders  # noqa: E402,F401
