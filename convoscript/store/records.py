"""Conversation records beyond what scripts see: the `meta` object a store keeps with each
conversation (timestamps, channel, run count), transcript turns and the default metrics.

The state a store holds for one conversation is plain data:

    {"variables": {...}, "transient": {...}, "metrics": {...},        # what scripts change
     "user": {...}, "domain": {...}, "intent": {...}, "entities": [...],
     "transcript": [...], ...                                          # docs/state.md
     "meta": {"created": 1764218141.123, "updated": ..., "finished": null,
              "channel": "webchat_custui", "runs": 3},
     "defaultMetrics": {...}}                                          # set by close()

Timestamps are epoch seconds (floats).
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime

USER_TYPES = ("USER", "END_USER", "AMELIA")


def now() -> float:
    return time.time()


def stamp(
    previous: dict | None, new: dict, *, run: bool = False, when: float | None = None
) -> dict:
    """`new` with the `meta` (and `defaultMetrics`) of `previous` carried over, `created` set on
    first save, `updated` now, and `runs` counted when `run` is true."""
    t = now() if when is None else when
    meta = dict((previous or {}).get("meta") or {})
    meta.update(new.get("meta") or {})
    meta.setdefault("created", t)
    meta.setdefault("finished", None)
    meta["updated"] = t
    meta["runs"] = int(meta.get("runs") or 0) + (1 if run else 0)
    out = dict(new)
    out["meta"] = meta
    if previous and "defaultMetrics" in previous and "defaultMetrics" not in out:
        out["defaultMetrics"] = previous["defaultMetrics"]
    return out


def utterance(
    text: str,
    user_type: str = "USER",
    *,
    user_name: str | None = None,
    understood: bool | None = None,
    source: str | None = None,
    created: float | None = None,
    message_id: str | None = None,
    user: dict | None = None,
    sequence_id: int = 1,
) -> dict:
    """One transcript turn in the state's shape (docs/state.md: `sequenceId`, `userType`,
    `text`, `dateTime`, `username`, `userId`, as `conversationService` reads it) plus what the
    export needs (`messageId`, `created` in epoch seconds, `understood`, `source`)."""
    kind = str(user_type).upper()
    if kind not in USER_TYPES:
        raise ValueError(f"user_type must be one of {', '.join(USER_TYPES)}, not {user_type!r}")
    if not isinstance(text, str):
        raise TypeError("an utterance's text must be a str")
    user = user or {}
    if user_name is None:
        user_name = "Amelia" if kind == "AMELIA" else (user_display_name(user) or "User")
    when = round(now() if created is None else float(created), 3)
    turn: dict = {
        "sequenceId": sequence_id,
        "messageId": message_id or str(uuid.uuid4()),
        "userType": kind,
        "username": user_name,
        "text": text,
        "dateTime": date_time(when),
        "created": when,
    }
    if kind != "AMELIA" and user.get("userId") is not None:
        turn["userId"] = str(user["userId"])
    if understood is not None:
        turn["understood"] = bool(understood)
    if source is not None:
        turn["source"] = str(source)
    return turn


def date_time(seconds: float) -> str:
    """`YYYY-MM-DD HH:MM:SS.SSS` in UTC, the transcript's dateTime."""
    moment = datetime.fromtimestamp(seconds, tz=UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


def user_display_name(user: dict) -> str | None:
    name = " ".join(str(p) for p in (user.get("firstName"), user.get("lastName")) if p)
    return user.get("username") or name or user.get("email") or None


def user_turns(state: dict) -> int:
    return sum(
        1
        for t in state.get("transcript") or []
        if isinstance(t, dict) and t.get("userType") in ("USER", "END_USER")
    )


def default_metrics(state: dict) -> dict:
    """The built-in ("default") metrics of a conversation: those close() froze, else computed
    from its state now."""
    frozen = state.get("defaultMetrics")
    if isinstance(frozen, dict):
        return dict(frozen)
    meta = state.get("meta") or {}
    created = float(meta.get("created") or 0)
    end = meta.get("finished") or meta.get("updated") or created
    domain = state.get("domain") or {}
    user = state.get("user") or {}
    metrics: dict = {
        "domain": domain.get("code") or "",
        "user_email": user.get("email") or "",
        "escalated": bool((state.get("escalation") or {}).get("escalated", False)),
        "total_handle_time": max(0, round(float(end) - created)),
        "turn_count": user_turns(state),
        "utterance_count": len(state.get("transcript") or []),
        "script_runs": int(meta.get("runs") or 0),
    }
    return metrics
