"""Shared helper for the service-handle tests: run Groovy on a state, get the result."""

from __future__ import annotations

from convoscript import Runtime

RUNTIME = Runtime()

STATE = {
    "user": {
        "userId": "u-1",
        "firstName": "Ann",
        "lastName": "Lee",
        "email": "ann@example.com",
        "anonymous": False,
        "attributes": {"tier": "gold"},
    },
    "domain": {"id": "d-1", "code": "shop", "name": "Shop"},
    "intent": {
        "code": "order_icecream",
        "name": "Order ice cream",
        "actionSystemData": "OrderIceCream",
    },
    "intentHistory": [
        {"code": "greeting", "name": "Greeting"},
        {"code": "order_icecream", "name": "Order ice cream"},
    ],
    "entities": [
        {
            "code": "flavour",
            "value": "vanilla",
            "text": "Vanilla",
            "datumType": "TEXT",
            "scope": "CONTEXT",
            "latest": False,
        },
        {
            "code": "flavour",
            "value": "chocolate",
            "text": "choc",
            "datumType": "TEXT",
            "scope": "INTENT",
            "latest": True,
            "status": "modified",
        },
        {
            "code": "scoops",
            "value": 2,
            "text": "two",
            "datumType": "INTEGER",
            "scope": "CONVERSATION",
            "latest": True,
        },
        {
            "code": "name",
            "value": {"firstName": "Ann", "lastName": "Lee"},
            "text": "Ann Lee",
            "datumType": "PERSON",
            "latest": False,
        },
    ],
    "transcript": [
        {
            "sequenceId": 1,
            "userType": "AMELIA",
            "text": "Hello, how can I help?",
            "dateTime": "2024-05-01 10:00:00.000",
        },
        {
            "sequenceId": 2,
            "userType": "USER",
            "text": "Two scoops of choc please",
            "dateTime": "2024-05-01 10:00:05.000",
            "userId": "u-1",
            "username": "Ann Lee",
            "firstName": "Ann",
            "lastName": "Lee",
        },
    ],
}


def run(
    source: str,
    state: dict | None = None,
    conversation_id: str = "LGHBWSMJAAIAA-1",
    runtime: Runtime | None = None,
):
    """Run `source` on a fresh conversation holding `state` (default: STATE)."""
    runtime = runtime or RUNTIME
    conversation = runtime.conversation(conversation_id, STATE if state is None else state)
    return conversation.run(source)


def out(source: str, state: dict | None = None) -> list[str]:
    """The stdout lines of a run that must succeed."""
    result = run(source, state)
    assert result.error is None, result.error
    return result.stdout.splitlines()


def error_type(source: str, state: dict | None = None) -> str:
    result = run(source, state)
    assert result.error is not None, result.stdout
    return result.error.type
