"""Declare API endpoints with their OpenAPI description, and build the document from them.

Each endpoint module writes::

    @endpoint("/tasks/<int:task_id>", "PATCH", summary="Edit a task", tag="tasks",
              body=TASK_PATCH, responses={200: "Task"})
    def patch_task(task_id): ...

which registers the Flask route on the API blueprint and records the operation. The document at
``/api/v1/openapi.json`` is built from these records plus the component schemas registered with
:func:`component`, so every route is described by the code that serves it.
"""

import inspect
import re
from dataclasses import dataclass, field

from tracker.api import bp
from tracker.api.inputs import INT_MAX, object_schema

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
    body: dict | None = None
    body_schema: str | None = None
    query: dict | None = None
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
    body_schema=None,
    query=None,
    responses,
    public=False,
    errors=(),
):
    """Register ``rule`` for ``method`` on the API blueprint and describe it for OpenAPI.

    ``body`` and ``query`` are dicts of :class:`~tracker.api.inputs.Field` (the very ones the view
    validates with); ``body_schema`` names a component when the body is not a plain field dict
    (a file upload); ``responses`` maps a status to a component name, a schema dict, or ``None``
    for an empty response; ``errors`` adds error statuses beyond the ones inferred.
    """

    def decorator(view):
        view.api_public = public
        #: A multipart upload may be as large as the app allows; JSON bodies are capped lower.
        view.api_upload = body_schema is not None
        bp.add_url_rule(rule, endpoint=view.__name__, view_func=view, methods=[method])
        OPERATIONS.append(
            Operation(
                rule=rule,
                method=method.lower(),
                endpoint=view.__name__,
                summary=summary,
                tag=tag,
                description=description or _markdown(view.__doc__) or None,
                body=body,
                body_schema=body_schema,
                query=query,
                responses=responses,
                public=public,
                errors=tuple(errors),
            )
        )
        return view

    return decorator


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
    if operation.body is not None or operation.body_schema is not None:
        statuses |= {400, 413, 422}
    if operation.query:
        statuses.add(422)
    if operation.body and "version" in operation.body:
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


def _operation_document(operation):
    document = {
        "operationId": operation.endpoint,
        "summary": operation.summary,
        "tags": [operation.tag],
        "responses": {},
    }
    if operation.description:
        document["description"] = operation.description
    parameters = _path_parameters(operation.rule)
    for name, query_field in (operation.query or {}).items():
        schema = query_field.schema()
        parameter = {"name": name, "in": "query", "required": query_field.required, "schema": schema}
        if not query_field.required:
            parameter["allowEmptyValue"] = True  # ``?due_from=`` is the same as no ``due_from`` (load_query)
        if query_field.kind == "array":
            parameter.update(style="form", explode=False)
        parameters.append(parameter)
    if parameters:
        document["parameters"] = parameters
    content = {}
    if operation.body is not None:
        content["application/json"] = {"schema": object_schema(operation.body)}
    if operation.body_schema is not None:  # an upload; with ``body`` too, either is accepted
        content["multipart/form-data"] = {"schema": ref(operation.body_schema)}
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
    paths = {}
    for operation in OPERATIONS:
        paths.setdefault(openapi_path(operation.rule), {})[operation.method] = _operation_document(operation)
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
            "schemas": dict(sorted(COMPONENTS.items())),
        },
    }
