"""Celery: the app binding, the worker entry and thin job modules named for what they do."""
