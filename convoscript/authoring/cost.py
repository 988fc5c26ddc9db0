"""The cost meter: what a run spent against the limits of its budget."""

from __future__ import annotations

from convoscript.runtime.model.budget import Limits

# (cost key, label, limit attribute, unit)
_ROWS = [
    ("steps", "steps", "max_steps", ""),
    ("seconds", "time", "max_seconds", "s"),
    ("peak_depth", "peak call depth", "max_depth", ""),
    ("peak_string", "peak string length", "max_string_length", ""),
    ("peak_collection", "peak collection size", "max_collection_size", ""),
    ("output_bytes", "output bytes", "max_output_bytes", ""),
    ("log_entries", "log entries", "max_log_entries", ""),
]


def cost_rows(cost: dict, limits: Limits | None = None) -> list[dict]:
    limits = limits or Limits()
    rows = []
    for key, label, limit_name, unit in _ROWS:
        if key not in cost:
            continue
        used = cost[key]
        limit = getattr(limits, limit_name)
        rows.append(
            {
                "name": key,
                "label": label,
                "used": used,
                "limit": limit,
                "unit": unit,
                "percent": (100.0 * used / limit) if limit else 0.0,
            }
        )
    for key, used in cost.items():  # counters the engine may add later (service calls, ...)
        if key not in {r["name"] for r in rows} and isinstance(used, (int, float)):
            rows.append(
                {
                    "name": key,
                    "label": key.replace("_", " "),
                    "used": used,
                    "limit": None,
                    "unit": "",
                    "percent": None,
                }
            )
    return rows


def format_cost(cost: dict, limits: Limits | None = None, indent: str = "  ") -> str:
    """A small table: `steps  1,234 / 1,000,000  (0.1%)`."""
    lines = ["cost:"]
    for row in cost_rows(cost, limits):
        if row["unit"] == "s":
            used = f"{row['used'] * 1000:.2f} ms"
            limit = f"{row['limit'] * 1000:,.0f} ms"
        else:
            used = f"{row['used']:,}"
            limit = f"{row['limit']:,}" if row["limit"] is not None else "-"
        pct = f"({row['percent']:.1f}%)" if row["percent"] is not None else ""
        lines.append(f"{indent}{row['label']:<21} {used:>12} / {limit:<12} {pct}".rstrip())
    return "\n".join(lines)
