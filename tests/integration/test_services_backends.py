"""Handles with in-memory back ends: integrationService, escalationQueueService, cmService,
tabularDataService, quantityService."""

from __future__ import annotations

from pathlib import Path

from services_helpers import RUNTIME, error_type, out

FLOWS = {
    "integrations": {
        "lookup": {"outputs": {"result": "found"}},
        "needsId": {"requires": ["id"], "outputs": {"ok": True}},
        "broken": {"error": "backend down"},
    }
}


def test_run_synchronously_with_a_context_leaves_variables_alone() -> None:
    assert out(
        """
        execution.setVariable('keep', 1)
        def outcome = integrationService.runSynchronously('lookup', [x: 1])
        println outcome
        println execution.getVariablesAsMap()
    """,
        FLOWS,
    ) == ["[x:1, result:found]", "[keep:1]"]


def test_run_synchronously_on_process_variables_overwrites_them() -> None:
    conversation = RUNTIME.conversation("c-flow", {**FLOWS, "variables": {"id": "42"}})
    result = conversation.run("""
        println integrationService.runSynchronously('needsId') == null
        println "${execution.getVariable('ok')} ${execution.getVariable('id')}"
    """)
    assert result.stdout.splitlines() == ["true", "true 42"]
    assert conversation.state()["variables"] == {"id": "42", "ok": True}


def test_flow_failures() -> None:
    assert (
        error_type("integrationService.runSynchronously('nope', [:])", FLOWS)
        == "IllegalArgumentException"
    )
    assert (
        error_type("integrationService.runSynchronously('needsId', [:])", FLOWS)
        == "IllegalStateException"
    )
    assert (
        error_type("integrationService.runSynchronously('broken', [:])", FLOWS)
        == "IllegalStateException"
    )
    assert (
        error_type("integrationService.runSynchronously('lookup', 'x')", FLOWS)
        == "MissingMethodException"
    )


QUEUES = {
    "queues": [
        {
            "code": "support",
            "name": "Support",
            "queuedChats": 3,
            "agents": [
                {"firstName": "Al", "status": "READY", "activeChats": 0, "maxChats": 2},
                {"firstName": "Bo", "status": "BUSY", "activeChats": 2, "maxChats": 2},
                {"firstName": "Cy", "status": "BUSY", "activeChats": 1, "maxChats": 3},
                {"firstName": "Di", "status": "OFFLINE"},
            ],
            "stats": {"avgAnswerSpeed": 12.5},
        }
    ],
    "escalation": {"escalationQueueCode": "support"},
}


def test_queue_counts_by_code_and_name() -> None:
    assert out(
        """
        println escalationQueueService.getNumberOfAvailableAgentsByQueueCode('support')
        println escalationQueueService.getNumberOfAvailableAgentsByQueueName('Support')
        println escalationQueueService.getNumberOfBusyAgentsByQueueCode('support')
        println escalationQueueService.getNumberOfReadyAgentsByQueueName('Support')
        println escalationQueueService.getNumberOfLoggedInAgentsByQueueCode('support')
        println escalationQueueService.getNumberOfQueuedChatsByQueueCode('support')
        println escalationQueueService.getNumberOfActiveChatsByQueueName('Support')
        println escalationQueueService.getAvailableAgentsByQueueCode('support').collect { it.firstName() }
        println escalationQueueService.avgAnswerSpeed('Support')
        println escalationQueueService.maxHandleTimeToday('Support')
        println escalationQueueService.lastEscalationQueue().name
    """,
        QUEUES,
    ) == ["2", "2", "2", "1", "3", "3", "3", "[Al, Cy]", "12.5", "null", "Support"]


def test_queue_absent_cases() -> None:
    assert out("println escalationQueueService.lastEscalationQueue() == null", {}) == ["true"]
    assert (
        error_type("escalationQueueService.getNumberOfBusyAgentsByQueueCode('x')", QUEUES)
        == "IllegalArgumentException"
    )


def test_content_manager_round_trip_and_persistence() -> None:
    state = {
        "content": [
            {
                "id": "sys-1",
                "bucket": "docs",
                "name": "terms.txt",
                "base64": "dGVybXM=",
                "scope": "SYSTEM",
            }
        ]
    }
    conversation = RUNTIME.conversation("CONV0000000AA-1", state)
    result = conversation.run("""
        def id = cmService.addFileBase64('docs', 'note.txt', 'aGVsbG8=')
        def meta = cmService.findResourceById(id)
        println meta.objectName + ' ' + meta.objectName() + ' ' + meta.contentLength + ' ' + meta.scope
        println meta.contentType + ' ' + meta.contentMd5()
        println cmService.getResourceUrl(id) == '/Amelia/view/CONV0000000AA-1/' + id
        println cmService.getResourceUrl(id, 'ATTACHMENT').startsWith('/Amelia/download/')
        println cmService.getResourceBytes(id)
        println cmService.getBucketResources('docs').collect { it.objectName }
        println cmService.getResourceBase64('missing') == null && cmService.findResourceById('x') == null
        println cmService.addFile('docs', 'note.txt', [104, 105]) != id
        println cmService.getBucketResource('docs', 'note.txt').contentLength
    """)
    assert result.error is None, result.error
    assert result.stdout.splitlines() == [
        "note.txt note.txt 5 CONVERSATION",
        "text/plain 5d41402abc4b2a76b9719d911017c592",
        "true",
        "true",
        "[104, 101, 108, 108, 111]",
        "[note.txt, terms.txt]",
        "true",
        "true",
        "2",
    ]
    names = [r["name"] for r in conversation.state()["content"]]
    assert names == ["terms.txt", "note.txt"]


def test_content_bad_base64() -> None:
    assert error_type("cmService.addFileBase64('b', 'n', '***')", {}) == "IllegalArgumentException"


TABLES = {
    "tables": {
        "cars": [
            {"make": "Ford", "model": "Focus", "price": 20000},
            {"make": "Kia", "model": "Rio", "price": 12000},
            {"make": "Fiat", "model": "Punto", "price": 16000},
            {"make": "Ford", "model": "Fiesta", "price": 15000},
        ]
    }
}


def test_tabular_queries() -> None:
    assert out(
        """
        println tabularDataService.query('cars', 'model').is('make', 'Ford').list()
        println tabularDataService.query('cars').isGt('price', 15000).sortDesc('price').first()['model']
        println tabularDataService.query('cars').in('make', 'Kia', 'Fiat').sortAsc('price').last().get('make')
        println tabularDataService.query('cars', 'model').notIn('make', 'Ford').list().size()
        println tabularDataService.query('cars', 'model').like('model', 'f%').first(1)
        println tabularDataService.query('cars', 'model').likeAny('model', 'R??', 'P%').list()
        println tabularDataService.query('cars', 'model').isLte('price', 15000).isNot('make', 'Kia').firstN(5)
        println tabularDataService.query('cars', 'model').sortAsc('make').sortDesc('price').lastN(2)
        println tabularDataService.query('cars', 'model').isGte('price', 16000).isLt('price', 20000).index(0)
        println tabularDataService.query('cars').is('make', 'Tesla').first() == null
        println tabularDataService.query('cars').index(99) == null
    """,
        TABLES,
    ) == [
        "[0:[model:Focus], 1:[model:Fiesta]]",
        "Focus",
        "Fiat",
        "2",
        "[0:[model:Focus]]",
        "[0:[model:Rio], 1:[model:Punto]]",
        "[0:[model:Fiesta]]",
        "[0:[model:Fiesta], 1:[model:Rio]]",
        "[model:Punto]",
        "true",
        "true",
    ]


def test_tabular_errors() -> None:
    assert error_type("tabularDataService.query('nope')", TABLES) == "IllegalArgumentException"
    assert (
        error_type("tabularDataService.query('cars', 'colour')", TABLES)
        == "IllegalArgumentException"
    )
    assert (
        error_type("tabularDataService.query('cars').in('make')", TABLES)
        == "IllegalArgumentException"
    )
    assert (
        error_type("tabularDataService.query('cars').is(1, 2)", TABLES) == "MissingMethodException"
    )


def test_tables_from_csv_infer_column_types(tmp_path: Path, monkeypatch) -> None:
    csv = tmp_path / "prices.csv"
    csv.write_text("item,qty,price\npen,3,1.5\nbook,1,12.25\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a table path resolves only inside the working directory
    state = {"tables": {"prices": str(csv)}}
    assert out(
        """
        def row = tabularDataService.query('prices').isGt('qty', 1).first()
        println row.item + ' ' + (row.qty + 1) + ' ' + row.price.getClass().simpleName
    """,
        state,
    ) == ["pen 4 Double"]


def test_quantity_normalise_and_format() -> None:
    assert out(
        """
        println quantityService.normalize('October 4, 2018', DatumType.DATE).value()
        println quantityService.normalizeAndFormat('2018-10-04', DatumType.DATE, Formatters.DATE_LONG)
        println quantityService.normalizeAndFormat('1,234 things', DatumType.INTEGER, Formatters.INTEGER)
        println quantityService.normalize('yes', DatumType.BOOLEAN).value()
        println quantityService.normalize('mail me at A@B.com', DatumType.EMAIL).value
        println quantityService.normalize('no number', DatumType.INTEGER) == null
        println quantityService.format(quantityService.normalize('14:30', DatumType.TIME), Formatters.TIME_12H)
        println quantityService.getExtractedDatum('scoops') == null
    """,
        {},
    ) == ["2018-10-04", "October 4, 2018", "1,234", "true", "a@b.com", "true", "2:30 PM", "true"]
    assert (
        error_type("quantityService.normalize('x', DatumType.AIRPORT)", {})
        == "IllegalArgumentException"
    )


def test_constants_are_bound_without_imports() -> None:
    assert out(
        """
        println DatumType.DATE + ' ' + EntityScope.CONVERSATION + ' ' + TimeZones.ETC_UTC
    """,
        {},
    ) == ["DATE CONVERSATION Etc/UTC"]
    assert error_type("println DatumType.NOPE", {}) == "MissingPropertyException"
