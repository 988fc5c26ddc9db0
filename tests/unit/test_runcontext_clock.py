"""The date/time and random classes read the run's clock, zone and seed (runcontext), never the
host's: `new Date()`, `LocalDate.now()`, `Calendar.getInstance()`, `UUID.randomUUID()`, ...

Expected values checked in real Groovy 2.4.21 with -Duser.timezone=America/New_York:
    def d = new Date(1714557600000L)          // 2024-05-01T10:00:00Z
    println d                                  // Wed May 01 06:00:00 EDT 2024
    println LocalDateTime.ofInstant(Instant.ofEpochMilli(1714557600000L),
                                    ZoneId.systemDefault())       // 2024-05-01T06:00
    def c = Calendar.getInstance(); c.time = d
    println([c.get(Calendar.HOUR_OF_DAY), c.get(Calendar.DAY_OF_WEEK), c.timeZone.ID])
                                               // [6, 4, America/New_York]
    println new SimpleDateFormat("yyyy-MM-dd HH:mm zzz").format(d)   // 2024-05-01 06:00 EDT
    println(d + 1)                             // Thu May 02 06:00:00 EDT 2024
    // 2024-05-01T02:00:00Z is still April 30th in New York:
    println LocalDate.ofInstant(Instant.ofEpochMilli(1714528800000L), ZoneId.systemDefault())
                                               // 2024-04-30
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from convoscript.runtime.door import allowlist
from convoscript.runtime.model import runcontext
from convoscript.runtime.door.dispatch import construct, getprop, invoke
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef


@pytest.fixture
def new_york() -> Iterator[None]:
    token = runcontext.activate(
        runcontext.make_context("2024-05-01T10:00:00Z", "America/New_York", 7)
    )
    yield
    runcontext.deactivate(token)


def static(cls: str, name: str, *args: object) -> object:
    return invoke(ClassRef(cls), name, *args)


def field(cls: str, name: str) -> object:
    return getprop(ClassRef(cls), name)


def test_new_date_is_the_runs_now(new_york: None) -> None:
    date = construct("java.util.Date")
    assert invoke(date, "getTime") == 1714557600000
    assert to_string(date) == "Wed May 01 06:00:00 EDT 2024"
    assert to_string(invoke(date, "plus", 1)) == "Thu May 02 06:00:00 EDT 2024"


def test_simple_date_format_uses_the_runs_zone(new_york: None) -> None:
    formatter = construct("java.text.SimpleDateFormat", "yyyy-MM-dd HH:mm zzz")
    assert invoke(formatter, "format", construct("java.util.Date")) == "2024-05-01 06:00 EDT"


def test_java_time_now(new_york: None) -> None:
    assert to_string(static("java.time.LocalDate", "now")) == "2024-05-01"
    assert to_string(static("java.time.LocalDateTime", "now")) == "2024-05-01T06:00"
    assert to_string(static("java.time.LocalTime", "now")) == "06:00"
    assert (
        to_string(static("java.time.ZonedDateTime", "now"))
        == "2024-05-01T06:00-04:00[America/New_York]"
    )
    assert to_string(static("java.time.Instant", "now")) == "2024-05-01T10:00:00Z"
    assert to_string(static("java.time.ZoneId", "systemDefault")) == "America/New_York"
    utc = static("java.time.ZoneId", "of", "UTC")
    assert to_string(static("java.time.LocalDateTime", "now", utc)) == "2024-05-01T10:00"


def test_calendar_get_instance(new_york: None) -> None:
    cal = static("java.util.Calendar", "getInstance")
    hour = field("java.util.Calendar", "HOUR_OF_DAY")
    dow = field("java.util.Calendar", "DAY_OF_WEEK")
    assert invoke(cal, "get", hour) == 6
    assert invoke(cal, "get", dow) == 4
    assert invoke(invoke(cal, "getTimeZone"), "getID") == "America/New_York"
    assert invoke(static("java.util.TimeZone", "getDefault"), "getID") == "America/New_York"


def test_local_date_now_is_the_local_day() -> None:
    token = runcontext.activate(
        runcontext.make_context("2024-05-01T02:00:00Z", "America/New_York", 7)
    )
    try:
        assert to_string(static("java.time.LocalDate", "now")) == "2024-04-30"
        assert (
            to_string(static("java.time.LocalDate", "now", static("java.time.ZoneId", "of", "UTC")))
            == "2024-05-01"
        )
    finally:
        runcontext.deactivate(token)


def _random_draws(seed: int) -> list:
    token = runcontext.activate(runcontext.make_context("2024-05-01T10:00:00Z", "UTC", seed))
    try:
        return [
            to_string(static("java.util.UUID", "randomUUID")),
            invoke(construct("java.util.Random"), "nextInt"),
            static("java.lang.Math", "random"),
        ]
    finally:
        runcontext.deactivate(token)


def test_random_sources_follow_the_seed() -> None:
    first, again, other = _random_draws(7), _random_draws(7), _random_draws(8)
    assert first == again
    assert first != other
    uuid = first[0]
    assert len(uuid) == 36 and uuid[14] == "4" and uuid[19] in "89ab"


def test_shuffle_follows_the_seed() -> None:
    def shuffled(seed: int) -> list:
        token = runcontext.activate(runcontext.make_context("2024-05-01T10:00:00Z", "UTC", seed))
        try:
            items = list(range(10))
            static("java.util.Collections", "shuffle", items)
            return items
        finally:
            runcontext.deactivate(token)

    assert shuffled(3) == shuffled(3)
    assert sorted(shuffled(3)) == list(range(10))
