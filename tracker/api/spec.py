"""The API's use of spectree: request validation and the OpenAPI document from the input schemas.

Each endpoint module writes::

    @endpoint("/tasks/<int:task_id>", "PATCH", summary="Edit a task", tag="tasks",
              body=TaskPatch, responses={200: "Task"})
    def patch_task(task_id): ...

which registers the Flask route on the API blueprint and has spectree validate the request with
the domain's schema (``body``: a JSON object; ``query``: the query string; ``form``: a multipart
upload) before the view runs; the view reads the result from :func:`body` / :func:`query`. A view
of a method that writes runs in the web layer's unit of work (:func:`tracker.core.web.unit_of_work`):
one commit after it returns, a rollback when it raises.
A refusal is Tracker's error (``{"error", "message", "fields"}``, 422 with a reason per field,
400 for a body that is no JSON object), made by :func:`_refuse`, spectree's ``before`` hook.

The document at ``/api/v1/openapi.json`` is spectree's (request bodies, query parameters and their
component schemas, generated from the same models) completed with what spectree cannot know from
a model: the responses (component schemas registered with :func:`component` next to their
serialisers), the error statuses each route may answer, and which routes need no token.
"""

import functools
import inspect
import json
import re
from dataclasses import dataclass, field

from flask import current_app, request
from flask_babel import gettext as _
from spectree import SpecTree
from spectree.plugins.base import Context
from spectree.plugins.flask_plugin import FlaskPlugin
from spectree.utils import get_multidict_items

from tracker.api import bp
from tracker.core.errors import TrackerError, ValidationFailed
from tracker.core.schemas import INT_MAX, field_errors
from tracker.core.web import unit_of_work

#: The methods that change nothing: their views run outside a unit of work.
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
#: The models spectree reads query strings with (a refusal there names parameters, not fields).
_QUERY_MODELS = {}


def _refuse(req, response, error, instance, model_adapter):
    """spectree's ``before`` hook: a refused request becomes Tracker's 422 with a reason per field."""
    if error is None:
        return
    if error.title in _QUERY_MODELS:
        raise ValidationFailed(_("Some parameters are wrong."), fields=field_errors(error))
    view = current_app.view_functions.get(req.endpoint)
    message = getattr(view, "api_refusal", None) or _("Some fields are wrong.")
    raise ValidationFailed(str(message), fields=field_errors(error))


class _Backend(FlaskPlugin):
    """spectree's Flask plugin, reading a JSON body whatever its declared type (as Tracker always did):
    a body goes to the form model only on an upload route that has one.

    It overrides spectree internals (spectree 3.0): ``FlaskPlugin.request_validation(request, query,
    json, form, headers, cookies)`` setting ``request.context`` to a ``spectree.plugins.base.Context``
    of five fields, with ``FlaskPlugin.fill_form``, ``FORM_MIMETYPE`` and
    ``spectree.utils.get_multidict_items``; :func:`_refuse` relies on the ``before`` hook being called
    with the pydantic ``ValidationError`` (whose ``title`` is the model's name).
    ``FlaskPlugin.validate_response`` is replaced for answers without a response model.
    ``tests/api/test_spectree_internals.py`` fails by name when an upgrade moves any of them.
    """

    def request_validation(self, request, query, json, form, headers, cookies):
        # An upload route reads its form (a JSON or empty body is a form without its file).
        as_form = form is not None and (json is None or request.mimetype in self.FORM_MIMETYPE)
        has_data = request.method not in ("GET", "DELETE")
        adapter = self.model_adapter
        request.context = Context(
            adapter.validate_obj(query, get_multidict_items(request.args, query)) if query else None,
            adapter.validate_obj(json, request.get_json(silent=True, force=True) or {})
            if json and has_data and not as_form
            else None,
            adapter.validate_obj(form, self.fill_form(request)) if as_form and has_data else None,
            None,
            None,
        )

    def validate_response(self, resp, resp_model, skip_validation, force_resp_serialize):
        """Tracker's views answer with plain JSON values (tracker/api/serialisers.py), never models,
        and declare no response model to spectree: the answer goes out as Flask makes it. spectree
        would otherwise search it for models to serialise, every key and value of it: for a list
        of 100 tasks 6,700 calls, 3-4 ms of CPU, a quarter of the request."""
        if resp_model is None or skip_validation:
            return current_app.make_response(resp), None
        return super().validate_response(resp, resp_model, skip_validation, force_resp_serialize)


spectree = SpecTree(
    backend=_Backend,
    mode="strict",  # only the routes declared with endpoint()
    annotations=False,
    before=_refuse,
    validation_error_status=422,
    naming_strategy=lambda model: model.__name__,
    nested_naming_strategy=lambda _parent, child: child,
)


def body():
    """The validated JSON body (or multipart form) of this request: the fields sent, cleaned."""
    context = request.context
    model = context.json if context.json is not None else context.form
    return {name: getattr(model, name) for name in model.model_fields_set}


def query():
    """The validated query string of this request: the parameters sent, typed."""
    return request.context.query


#: Every operation declared with :func:`endpoint`, in declaration order.
OPERATIONS = []
#: Component schemas by name, registered next to the serialiser that produces them.
COMPONENTS = {}

ERROR_DESCRIPTIONS = {
    400: "Malformed JSON or a body that is not a JSON object",
    401: "Missing, unknown or revoked token (or a deactivated user)",
    403: "Not allowed; the message says why",
    404: "Unknown id",
    409: "The edit was based on an older version; `fields` holds the current values",
    413: "The request body is too large",
    422: "Invalid values (a reason per field in `fields`) or an illegal transition",
    429: "Too many requests",
}


@dataclass
class Operation:
    rule: str
    method: str
    endpoint: str
    summary: str
    tag: str
    description: str | None = None
    body: type | None = None
    query: type | None = None
    form: type | None = None
    responses: dict = field(default_factory=dict)
    public: bool = False
    errors: tuple = ()


def component(name, schema):
    """Register a named component schema and return a ``$ref`` to it."""
    COMPONENTS[name] = schema
    return ref(name)


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def endpoint(
    rule,
    method,
    *,
    summary,
    tag,
    description=None,
    body=None,
    query=None,
    form=None,
    responses,
    public=False,
    errors=(),
    refusal=None,
):
    """Register ``rule`` for ``method`` on the API blueprint and describe it for OpenAPI.

    ``body`` (a JSON object), ``query`` and ``form`` (a ``multipart/form-data`` upload) are input
    models (:mod:`tracker.core.schemas`), validated by spectree before the view runs; ``responses`` maps
    a status to a component name, a schema dict, or ``None`` for an empty response; ``errors`` adds
    error statuses beyond the ones inferred.
    """

    def decorator(view):
        view.api_public = public
        #: A multipart upload may be as large as the app allows; JSON bodies are capped lower.
        view.api_upload = form is not None
        # The transaction's owner: a view that writes commits once, after it has made its answer.
        served = view if method in SAFE_METHODS else unit_of_work(view)
        models = {"json": body, "query": query, "form": form}
        if any(models.values()):
            if models["query"] is not None:
                _QUERY_MODELS[models["query"].__name__] = models["query"]
            served = spectree.validate(**models, tags=[tag], operation_id=view.__name__)(served)
            if models["json"] is not None:
                served = _json_object_first(served, upload=form is not None)
            served.api_refusal = refusal
        bp.add_url_rule(rule, endpoint=view.__name__, view_func=served, methods=[method])
        OPERATIONS.append(
            Operation(
                rule=rule,
                method=method.lower(),
                endpoint=view.__name__,
                summary=summary,
                tag=tag,
                description=description or _markdown(view.__doc__) or None,
                body=body,
                query=query,
                form=form,
                responses=responses,
                public=public,
                errors=tuple(errors),
            )
        )
        return view

    return decorator


class BadRequest(TrackerError):
    code = 400
    error = "bad_request"


def json_body():
    """Return the request's JSON object; malformed JSON or anything but an object is a 400."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        raise BadRequest(_("A JSON object is expected in the request body."))
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadRequest(_("The request body is not valid JSON.")) from None
    if not isinstance(data, dict):
        raise BadRequest(_("The request body must be a JSON object."))
    return data


def _json_object_first(view, *, upload):
    """Malformed JSON, or JSON that is not an object, is a 400 before any field is read."""

    @functools.wraps(view)
    def checked(*args, **kwargs):
        if not (upload and request.mimetype in FlaskPlugin.FORM_MIMETYPE):
            json_body()
        return view(*args, **kwargs)

    return checked


def _markdown(docstring):
    """A view's docstring as OpenAPI (CommonMark) text."""
    return inspect.cleandoc(docstring or "").replace("``", "`")


PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")


def openapi_path(rule):
    """``/tasks/<int:task_id>`` -> ``/tasks/{task_id}``."""
    return PARAMETER.sub(lambda match: "{" + match.group(2) + "}", rule)


def _path_parameters(rule):
    parameters = []
    for converter, name in PARAMETER.findall(rule):
        # ``<int:...>`` takes digits up to the database's range; anything else is a 404.
        schema = {"type": "integer", "minimum": 1, "maximum": INT_MAX} if converter == "int" else {"type": "string"}
        parameters.append({"name": name, "in": "path", "required": True, "schema": schema})
    return parameters


def _error_statuses(operation):
    statuses = set(operation.errors) | {429}  # the API's rate limit covers every route
    if not operation.public:
        statuses |= {401, 403}
    if PARAMETER.search(operation.rule):
        statuses.add(404)
    if operation.body is not None or operation.form is not None:
        statuses |= {400, 413, 422}
    if operation.query:
        statuses.add(422)
    if any(model is not None and "version" in model.model_fields for model in (operation.body, operation.form)):
        statuses.add(409)
    return sorted(statuses)


def _response(status, target):
    if target is None:
        return {"description": "No content"}
    schema = ref(target) if isinstance(target, str) else target
    description = target if isinstance(target, str) else "Success"
    # A file (an evidence download) comes as its own type: PDF, PNG, a spreadsheet...
    media_type = "*/*" if isinstance(target, dict) and target.get("format") == "binary" else "application/json"
    return {"description": description, "content": {media_type: {"schema": schema}}}


def _operation_document(operation, generated):
    """The operation's OpenAPI object: spectree's parameters and request body, Tracker's responses."""
    document = {
        "operationId": operation.endpoint,
        "summary": operation.summary,
        "tags": [operation.tag],
        "responses": {},
    }
    if operation.description:
        document["description"] = operation.description
    from_spectree = generated["paths"].get(bp.url_prefix + openapi_path(operation.rule), {}).get(operation.method, {})
    parameters = _path_parameters(operation.rule)
    if operation.query is not None:
        for parameter in from_spectree.get("parameters", []):
            if parameter["in"] != "query":
                continue
            parameter = {key: value for key, value in parameter.items() if value != ""}
            if not parameter["required"]:
                parameter["allowEmptyValue"] = True  # ``?due_from=`` is the same as no ``due_from``
            parameters.append(parameter)
    if parameters:
        document["parameters"] = parameters
    content = dict(from_spectree.get("requestBody", {}).get("content", {}))
    if content:
        document["requestBody"] = {"required": True, "content": content}
    for status, target in operation.responses.items():
        document["responses"][str(status)] = _response(status, target)
    for status in _error_statuses(operation):
        document["responses"][str(status)] = {
            "description": ERROR_DESCRIPTIONS[status],
            "content": {"application/json": {"schema": ref("Error")}},
        }
    if operation.public:
        document["security"] = []
    return document


COMPONENTS["Error"] = {
    "type": "object",
    "required": ["error", "message", "fields"],
    "properties": {
        "error": {"type": "string", "description": "A machine code: validation_failed, conflict, forbidden, ..."},
        "message": {"type": "string", "description": "What went wrong, in the user's language."},
        "fields": {
            "type": "object",
            "description": "A reason per field (422), or the current values (409).",
            "additionalProperties": True,
        },
    },
    "additionalProperties": False,
}


def build_document(server_url="/api/v1", version="1.0.0"):
    """Return the OpenAPI 3.1 document of every declared endpoint."""
    generated = spectree.spec
    paths = {}
    for operation in OPERATIONS:
        paths.setdefault(openapi_path(operation.rule), {})[operation.method] = _operation_document(operation, generated)
    tags = sorted({operation.tag for operation in OPERATIONS})
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Tracker API",
            "version": version,
            "description": (
                "Meetings, directives and the tasks made from them, with the same permissions as the web. "
                "Authenticate with `Authorization: Bearer <token>` "
                "(issue one with `flask --app wsgi users token EMAIL`). "
                'Errors are `{"error", "message", "fields"}`. Dates are `YYYY-MM-DD`; timestamps are ISO 8601 in UTC.'
            ),
        },
        "servers": [{"url": server_url}],
        "security": [{"bearerAuth": []}],
        "tags": [{"name": tag} for tag in tags],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "opaque token"}},
            "schemas": dict(sorted({**generated["components"]["schemas"], **COMPONENTS}.items())),
        },
    }
