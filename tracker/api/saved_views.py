"""``/api/v1/views``: saved views of the task lists (own, and shared with the user's department)."""

from tracker.api.auth import actor
from tracker.api.spec import body, component, endpoint
from tracker.tasks import saved_views
from tracker.tasks.schemas import SAVED_VIEW_LISTS, SavedViewInput

VIEW_SCHEMA = component(
    "SavedView",
    {
        "type": "object",
        "required": ["id", "name", "list", "query", "shared", "mine", "owner", "url"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "list": {"type": "string", "enum": list(SAVED_VIEW_LISTS)},
            "query": {"type": "object", "additionalProperties": {"type": "string"}},
            "shared": {"type": "boolean"},
            "mine": {"type": "boolean", "description": "You saved it (and may delete it)."},
            "owner": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            },
            "url": {"type": "string", "description": "The list page with these filters."},
        },
    },
)


@endpoint(
    "/views",
    "GET",
    summary="Your saved views and those shared with your department",
    tag="views",
    responses={
        200: {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": VIEW_SCHEMA}}}
    },
)
def list_views():
    user = actor()
    return {"items": [saved_views.view_json(view, user) for view in saved_views.visible_views(user)]}


@endpoint(
    "/views",
    "POST",
    summary="Save a list's filters under a name",
    tag="views",
    body=SavedViewInput,
    responses={201: "SavedView"},
)
def create_view():
    """Saving again under the same name on the same list replaces that view."""
    user = actor()
    values = body()
    view = saved_views.save_view(
        user, name=values["name"], list_name=values["list"], query=values["query"], shared=values.get("shared", False)
    )
    payload = saved_views.view_json(view, user)
    return payload, 201


@endpoint(
    "/views/<int:view_id>", "DELETE", summary="Delete one of your saved views", tag="views", responses={204: None}
)
def delete_view(view_id):
    """Only whoever saved a view deletes it (403 for a colleague's shared view; 404 if you cannot see it)."""
    user = actor()
    saved_views.delete_view(user, saved_views.get_view(user, view_id))
    return "", 204
