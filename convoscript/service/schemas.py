"""Request bodies: read under a size cap, parsed as JSON, checked against the schemas below
(unknown fields, wrong types and missing fields are 4xx with a message saying which), the
error body every failure answers with, and the OpenAPI document built from the same schemas.

The schemas are JSON Schema fragments of the small subset `check` understands (object with
properties, string, integer, number, boolean, array of strings, a list of types), so the
document a client reads and the check the service makes cannot drift apart."""

from __future__ import annotations

import json
import re

from convoscript._version import __version__ as VERSION

# a conversation id or script/library name: no '/' or '~' (the store namespaces use them)
ID_PATTERN = r"^[A-Za-z0-9._:@-]{1,200}$"
ID_RE = re.compile(ID_PATTERN)
DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")

_STRING = {"type": "string"}
_NAMES = {"type": "array", "items": {"type": "string"}}
_LIMITS = {
    "type": "object",
    "description": "Run limits (convoscript.Limits field names); at most the tenant's own.",
    "additionalProperties": {"type": "number"},
}

CHECK = {
    "type": "object",
    "required": ["source"],
    "additionalProperties": False,
    "properties": {"source": _STRING, "filename": _STRING, "libraries": _NAMES},
}
SCRIPT = {
    "type": "object",
    "required": ["name", "source"],
    "additionalProperties": False,
    "properties": {"name": _STRING, "source": _STRING, "libraries": _NAMES},
}
LIBRARY = SCRIPT
RUN = {
    "type": "object",
    "additionalProperties": False,
    "description": "Exactly one of script, digest, source.",
    "properties": {
        "script": _STRING,
        "digest": _STRING,
        "source": _STRING,
        "libraries": {**_NAMES, "description": "Libraries an inline source uses."},
        "state": {"type": "object", "description": "Replaces the stored state first."},
        "variables": {"type": "object"},
        "transient": {"type": "object"},
        "utterance": _STRING,
        "intent": {"type": ["string", "object"]},
        "entities": {"type": ["object", "array"]},
        "limits": _LIMITS,
    },
}

_ERROR = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"status": {"type": "integer"}, "type": _STRING, "message": _STRING},
        }
    },
}


class ApiError(Exception):
    """A request the service refuses: answered as {"error": {status, type, message}}."""

    def __init__(
        self,
        status: int,
        kind: str,
        message: str,
        headers: dict[str, str] | None = None,
        extra: dict | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self) -> dict:
        return {
            "error": {"status": self.status, "type": self.kind, "message": self.message},
            **self.extra,
        }


def parse_body(raw: bytes, schema: dict) -> dict:
    """The JSON object in `raw`, checked against `schema`; ApiError 400 otherwise."""
    if not raw.strip():
        raise ApiError(400, "BadRequest", "the request needs a JSON object body")
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise ApiError(400, "BadJson", "the body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ApiError(
            400,
            "BadJson",
            f"the body is not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
        ) from None
    except RecursionError:
        raise ApiError(400, "BadJson", "the body is nested too deeply") from None
    check(data, schema, "body")
    return data


_PY_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "integer": int,
    "number": (int, float),
}


def check(value: object, schema: dict, where: str) -> None:
    """ApiError 400 (naming the field) when `value` does not fit `schema`."""
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(value, k) for k in kinds):
            raise ApiError(400, "InvalidField", f"{where} must be {' or '.join(kinds)}")
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        for name in schema.get("required", ()):
            if name not in value:
                raise ApiError(400, "MissingField", f"{where}.{name} is required")
        if schema.get("additionalProperties") is False:
            unknown = sorted(set(value) - set(props))
            if unknown:
                raise ApiError(
                    400,
                    "UnknownField",
                    f"{where}: unknown field(s) {', '.join(unknown)}; known: {', '.join(props)}",
                )
        for name, sub in props.items():
            if name in value:
                check(value[name], sub, f"{where}.{name}")
    elif isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
        for name, item in value.items():
            check(item, schema["additionalProperties"], f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check(item, schema["items"], f"{where}[{i}]")


def _is(value: object, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _PY_TYPES[kind])


def check_id(value: str, what: str) -> str:
    if not ID_RE.match(value):
        raise ApiError(400, "InvalidId", f"{what} must match {ID_PATTERN}")
    return value


def openapi() -> dict:
    """The OpenAPI 3.1 document of the service (committed as docs/openapi.json)."""

    def body(schema: dict) -> dict:
        return {"required": True, "content": {"application/json": {"schema": schema}}}

    def answers(description: str, *errors: int) -> dict:
        out: dict = {"200": {"description": description}}
        for status in errors:
            out[str(status)] = {
                "description": _STATUS[status],
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        return out

    conv = [
        {
            "name": "id",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "pattern": ID_PATTERN},
        }
    ]
    auth = [401, 429]
    return {
        "openapi": "3.1.0",
        "info": {"title": "convoscript serve", "version": VERSION},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": _ERROR,
                "CheckRequest": CHECK,
                "ScriptRequest": SCRIPT,
                "LibraryRequest": LIBRARY,
                "RunRequest": RUN,
            },
        },
        "security": [{"bearer": []}],
        "paths": {
            "/v1/check": {
                "post": {
                    "summary": "Check a script's syntax and sandbox rules: {ok, diagnostics}.",
                    "requestBody": body({"$ref": "#/components/schemas/CheckRequest"}),
                    "responses": answers(
                        "{ok, diagnostics: [{line, column, message, severity}]}", 400, 413, *auth
                    ),
                }
            },
            "/v1/scripts": {
                "post": {
                    "summary": "Register a version of a named script: {name, digest}.",
                    "requestBody": body({"$ref": "#/components/schemas/ScriptRequest"}),
                    "responses": answers("{name, digest}", 400, 404, 413, 422, *auth),
                }
            },
            "/v1/libraries": {
                "post": {
                    "summary": "Register a version of a named script library: {name, digest}.",
                    "requestBody": body({"$ref": "#/components/schemas/LibraryRequest"}),
                    "responses": answers("{name, digest}", 400, 404, 413, 422, *auth),
                },
                "get": {
                    "summary": "The tenant's registered libraries, by name.",
                    "responses": answers("{libraries: [{name, digest}]}", 400, *auth),
                },
            },
            "/v1/conversations": {
                "get": {
                    "summary": "The tenant's conversations, oldest first (by creation), paged.",
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": 1000,
                                "default": 100,
                            },
                        },
                        {
                            "name": "after",
                            "in": "query",
                            "description": "The `next` cursor of the page before.",
                            "schema": _STRING,
                        },
                    ],
                    "responses": answers(
                        "{conversations: [{id, created, updated, closed}], next: cursor or null}",
                        400,
                        *auth,
                    ),
                }
            },
            "/v1/conversations/{id}/run": {
                "post": {
                    "summary": "Run a script on a conversation: the `run --json` document plus cost.",
                    "parameters": conv,
                    "requestBody": body({"$ref": "#/components/schemas/RunRequest"}),
                    "responses": answers(
                        "the run document (error inside it if the script failed)",
                        400,
                        404,
                        413,
                        *auth,
                    ),
                }
            },
            "/v1/conversations/{id}": {
                "get": {
                    "summary": "A conversation's stored state (secure variables masked).",
                    "parameters": conv,
                    "responses": answers("the conversation", 404, *auth),
                }
            },
            "/v1/conversations/{id}/close": {
                "post": {
                    "summary": "End a conversation: {conversationId, defaultMetrics}.",
                    "parameters": conv,
                    "responses": answers("the frozen default metrics", 404, *auth),
                }
            },
            "/v1/export": {
                "get": {
                    "summary": "The tenant's conversations as Amelia exports them, streamed.",
                    "parameters": [
                        {"name": "from", "in": "query", "schema": _STRING},
                        {"name": "to", "in": "query", "schema": _STRING},
                        {"name": "format", "in": "query", "schema": {"enum": ["json", "csv"]}},
                    ],
                    "responses": answers("a JSON array or CSV file", 400, *auth),
                }
            },
            "/healthz": {
                "get": {"summary": "The process is up.", "security": [], "responses": answers("ok")}
            },
            "/readyz": {
                "get": {
                    "summary": "The store answers.",
                    "security": [],
                    "responses": answers("ready", 503),
                }
            },
            "/metrics": {
                "get": {
                    "summary": "Prometheus text format.",
                    "security": [],
                    "responses": answers("metrics"),
                }
            },
        },
    }


_STATUS = {
    400: "Bad request: bad JSON, unknown or invalid field",
    401: "No or unknown bearer token",
    404: "No such conversation, script, digest or library (for this tenant)",
    413: "Body over the size cap",
    422: "The script or library does not compile",
    429: "Over the tenant's request quota",
    503: "The store does not answer",
}
