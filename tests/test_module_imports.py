"""Modules that a job, a script or the reminders' benchmark imports before any app is made load on their
own: the task queries alias the models at import, which configures the mappers and needs every model."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module", ["tracker.reminders.operations.sweep", "tracker.tasks.queries", "tracker.notifications.queries"]
)
def test_a_module_loads_in_a_fresh_interpreter_before_the_app(module):
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
