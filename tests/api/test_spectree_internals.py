"""The spectree internals that ``tracker/api/spec.py`` overrides or relies on are still there, with
the same names and parameters: an upgrade that moves them fails here, by name, not in a request."""

import inspect

from spectree.plugins.base import Context
from spectree.plugins.flask_plugin import FlaskPlugin
from spectree.utils import get_multidict_items


def test_request_validation_takes_the_same_parameters():
    parameters = list(inspect.signature(FlaskPlugin.request_validation).parameters)
    assert parameters == ["self", "request", "query", "json", "form", "headers", "cookies"]


def test_the_request_context_has_the_same_five_fields():
    assert Context._fields == ("query", "json", "form", "headers", "cookies")


def test_the_form_helpers_are_there():
    assert callable(FlaskPlugin.fill_form)
    assert "multipart/form-data" in FlaskPlugin.FORM_MIMETYPE
    assert list(inspect.signature(get_multidict_items).parameters) == ["multidict", "model"]


def test_the_before_hook_gets_the_validation_error():
    source = inspect.getsource(FlaskPlugin.validate)
    assert "before(request, response, req_validation_error, None, self.model_adapter)" in source
    assert "self.request_validation(request, query, json, form, headers, cookies)" in source
