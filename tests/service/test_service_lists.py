"""GET /v1/conversations (paged, oldest first) and GET /v1/libraries over HTTP against a real
`convoscript serve` process: each tenant lists only its own."""

from __future__ import annotations

from pathlib import Path

import httpx
from service_helpers import ACME, GLOBEX, auth

LIBRARY = 'class Helpers { static String greet(String who) { "hello " + who } }'


def client(server, token: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers=auth(token), timeout=30)


def all_ids(http: httpx.Client, limit: int) -> tuple[list[str], int]:
    """Every conversation id, following `next`; and how many pages that took."""
    ids, after, pages = [], None, 0
    while True:
        params = {"limit": str(limit), **({"after": after} if after else {})}
        answer = http.get("/v1/conversations", params=params)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert len(body["conversations"]) <= limit
        ids += [c["id"] for c in body["conversations"]]
        pages += 1
        after = body["next"]
        if after is None:
            return ids, pages


def test_conversations_are_listed_paged_and_per_tenant(
    store_url: str, start_server, config_file: Path
) -> None:
    server = start_server(store_url, "--config", str(config_file))
    acme, globex = client(server, ACME), client(server, GLOBEX)
    made = [f"c{i}" for i in range(5)]
    for cid in made:
        assert acme.post(f"/v1/conversations/{cid}/run", json={"source": "1"}).status_code == 200
    globex.post("/v1/conversations/theirs/run", json={"source": "1"})
    # registry records live in the same store: never listed as conversations
    acme.post("/v1/scripts", json={"name": "s", "source": "1"})
    acme.post("/v1/libraries", json={"name": "Helpers", "source": LIBRARY})
    acme.post("/v1/conversations/c1/close")

    first = acme.get("/v1/conversations").json()
    assert [c["id"] for c in first["conversations"]] == made  # oldest first
    assert first["next"] is None
    c1 = first["conversations"][1]
    assert c1["closed"] is True and first["conversations"][0]["closed"] is False
    assert c1["created"].endswith("Z") and c1["updated"] >= c1["created"]
    assert all_ids(acme, 2) == (made, 3)
    assert all_ids(acme, 5) == (made, 1)
    assert all_ids(acme, 1000) == (made, 1)
    assert [c["id"] for c in globex.get("/v1/conversations").json()["conversations"]] == ["theirs"]


def test_libraries_are_listed_per_tenant(sqlite_url: str, start_server, config_file: Path) -> None:
    server = start_server(sqlite_url, "--config", str(config_file))
    acme, globex = client(server, ACME), client(server, GLOBEX)
    assert acme.get("/v1/libraries").json() == {"libraries": []}
    made = acme.post("/v1/libraries", json={"name": "Zeta", "source": LIBRARY}).json()
    acme.post("/v1/libraries", json={"name": "Alpha", "source": LIBRARY.replace("Helpers", "A")})
    acme.post("/v1/scripts", json={"name": "notalibrary", "source": "1"})
    listed = acme.get("/v1/libraries").json()["libraries"]
    assert [lib["name"] for lib in listed] == ["Alpha", "Zeta"]
    assert listed[1]["digest"] == made["digest"]
    assert globex.get("/v1/libraries").json() == {"libraries": []}


def test_list_requests_are_checked(sqlite_url: str, start_server, config_file: Path) -> None:
    server = start_server(sqlite_url, "--config", str(config_file))
    acme = client(server, ACME)
    for params, kind in [
        ({"limit": "0"}, "InvalidField"),
        ({"limit": "1001"}, "InvalidField"),
        ({"limit": "ten"}, "InvalidField"),
        ({"after": "not-a-cursor"}, "InvalidField"),
        ({"page": "2"}, "UnknownField"),
    ]:
        answer = acme.get("/v1/conversations", params=params)
        assert answer.status_code == 400, params
        assert answer.json()["error"]["type"] == kind, answer.text
    assert acme.get("/v1/libraries", params={"x": "1"}).status_code == 400
    for path in ("/v1/conversations", "/v1/libraries"):
        assert httpx.get(server.url + path).status_code == 401
        assert httpx.get(server.url + path, headers=auth("wrong")).status_code == 401
