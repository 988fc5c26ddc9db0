"""`contextService`: triggered intent, intent history, entities/slots and their DTOs."""

from __future__ import annotations

from services_helpers import STATE, error_type, out, run


def test_triggered_intent_call_and_property_forms() -> None:
    assert out("""
        def ti = contextService.triggeredIntent()
        println ti.intent().code()
        println ti.intent.name
        println ti.intent().actionType()
        println ti.intent.actionSystemData
        println ti.id() == ti.id
        println ti.executed
    """) == ["order_icecream", "Order ice cream", "EXECUTE_BPN", "OrderIceCream", "true", "true"]


def test_triggered_intent_is_null_without_an_intent() -> None:
    assert out(
        """
        println contextService.triggeredIntent() == null
        println contextService.triggeredIntent()?.intent()?.code()
        println contextService.processIntents().size()
        println contextService.isCurrentProcessTargetedByIntent('x')
    """,
        {},
    ) == ["true", "null", "0", "false"]


def test_calling_through_a_null_intent_is_a_null_pointer() -> None:
    assert error_type("contextService.triggeredIntent().intent()", {}) == "NullPointerException"


def test_intent_history_in_order_and_process_intents() -> None:
    assert out("""
        println contextService.intentHistory().collect { it.intent().code() }
        println contextService.processIntents().collect { it.code() }
        println contextService.isCurrentProcessTargetedByIntent('order_icecream')
    """) == ["[greeting, order_icecream]", "[order_icecream]", "true"]


def test_slot_and_entity_names_see_the_same_data() -> None:
    assert out("""
        println contextService.slots().collect { it.code() }
        println contextService.entities().collect { it.code }
        println contextService.slots('flavour').collect { it.value() }
        println contextService.latestSlots().collect { it.code() }
        println contextService.latestEntities().size()
        println "${contextService.hasSlot('scoops')} ${contextService.hasEntity('nope')}"
    """) == [
        "[flavour, flavour, scoops, name]",
        "[flavour, flavour, scoops, name]",
        "[vanilla, chocolate]",
        "[flavour, scoops]",
        "2",
        "true false",
    ]


def test_new_modified_old_views() -> None:
    assert out("""
        println contextService.newSlots().collect { it.code() }
        println contextService.modifiedEntities().collect { it.code() }
        println contextService.oldSlots().collect { it.value() }
        println contextService.hasNewSlotsForCode('scoops')
        println contextService.hasModifiedEntitiesForCode('flavour')
        println contextService.modifiedSlotsForCode('flavour').collect { it.value() }
        println contextService.hasOldSlotsForCode('scoops')
        println contextService.latestSlotsForCode('flavour').size()
        println contextService.isEntityValueModified('flavour')
        println contextService.isEntityAmbiguous('flavour')
    """) == [
        "[scoops]",
        "[flavour]",
        "[vanilla, Ann Lee]",
        "true",
        "true",
        "[chocolate]",
        "false",
        "1",
        "true",
        "false",
    ]


def test_latest_slot_is_a_datum_decorator_or_null() -> None:
    assert out("""
        def d = contextService.latestSlot('flavour')
        println d.value() + ' ' + d.value + ' ' + d.text() + ' ' + d.datumType
        println d.datum().value()
        println contextService.latestEntity('scoops').value() + 1
        println contextService.latestSlot('missing') == null
        println contextService.previousEntity('flavour').value()
        println contextService.previousEntity('scoops') == null
    """) == ["chocolate chocolate choc TEXT", "chocolate", "3", "true", "vanilla", "true"]


def test_entity_instance_dto_accessors() -> None:
    lines = out("""
        def e = contextService.slots('scoops')[0]
        println e.datum().text()
        println e.datumType() + ' ' + e.entityScope
        println e.slotInstanceId() == e.id
        println e.slotId() == e.entityDefinitionId
        println e.id().length()
    """)
    assert lines == ["two", "INTEGER CONVERSATION", "true", "true", "36"]


def test_person_datum_names_on_decorator_and_value() -> None:
    assert out("""
        def d = contextService.latestEntity('name')
        println "${d.firstName()} ${d.hasMiddleName()} ${d.lastName}"
        println "${d.value().firstName()} ${d.value().hasLastName()}"
    """) == ["Ann false Lee", "Ann true"]


def test_entities_as_text_with_oxford_comma() -> None:
    state = {"entities": [{"code": "t", "value": v} for v in ("a", "b", "c")]}
    assert out(
        """
        println contextService.entitiesAsText('t')
        println contextService.entitiesAsText('t', 'or')
        println contextService.entitiesAsText('t', [a: 'Apple'], ', ', ', ', 'and', false)
        println contextService.entitiesAsText('none')
    """,
        state,
    ) == ["a, b, and c", "a, b, or c", "Apple, b and c", ""]


def test_scopes_and_removal_persist() -> None:
    from services_helpers import RUNTIME

    conversation = RUNTIME.conversation("c-remove", STATE)
    result = conversation.run("""
        println contextService.hasEntityInScope('flavour', EntityScope.INTENT)
        println contextService.removeEntity('flavour', [EntityScope.CONTEXT]).collect { it.value() }
        println contextService.removeAllEntitiesFromScope('CONVERSATION').size()
        println contextService.slots().collect { it.code() }
    """)
    assert result.stdout.splitlines() == ["true", "[vanilla]", "1", "[flavour, name]"]
    assert [e["code"] for e in conversation.state()["entities"]] == ["flavour", "name"]
    again = conversation.run("println contextService.removeAllEntities().size()")
    assert again.stdout == "2\n"
    assert "entities" not in conversation.state()


def test_non_string_code_is_missing_method() -> None:
    assert error_type("contextService.hasSlot(1)") == "MissingMethodException"
    assert error_type("contextService.latestEntity(null, 2)") == "MissingMethodException"


def test_returned_ids_are_stable_between_runs() -> None:
    first = run("println contextService.triggeredIntent().id()").stdout
    assert first == run("println contextService.triggeredIntent().id()").stdout


DEFS = {
    "entityDefinitions": [
        {
            "code": "flavour",
            "datumType": "TEXT",
            "name": "Flavour",
            "values": ["vanilla", {"value": "chocolate", "synonyms": ["choc", "cocoa"]}],
        },
        {"code": "qty", "datumType": "INTEGER"},
        {"code": "mail", "datumType": "EMAIL"},
    ],
    "entities": [{"code": "size", "value": "large"}],
}


def test_entity_definitions() -> None:
    assert out(
        """
        println contextService.entityDefinitions().collect { it.code() }
        def d = contextService.entityDefinition('flavour')
        println d.name + ' ' + d.datumType() + ' ' + (d.id().length())
        println contextService.entityDefinition('nope') == null
        println contextService.entityDefinitionFromInstance(contextService.entities('size')[0]).datumType
    """,
        DEFS,
    ) == ["[flavour, qty, mail, size]", "Flavour TEXT 36", "true", "TEXT"]


def test_extraction_updates_the_context() -> None:
    assert out(
        """
        def first = contextService.extractFirstEntity('flavour', 'some COCOA and vanilla')
        println first.value() + ' ' + first.text()
        println contextService.latestEntity('flavour').value()
        def all = contextService.extractAllEntities(['qty', 'mail'], 'send 3 to a@b.io and 4')
        println "${all.qty.collect { it.value() }} ${all.mail[0].value}"
        println contextService.extractAllEntities([flavour: 'vanilla please']).flavour.size()
        println contextService.isEntityValueModified('flavour')
        println contextService.extractFirstEntity('qty', 'none here') == null
        println contextService.entities('qty').size()
    """,
        DEFS,
    ) == ["chocolate COCOA", "chocolate", "[3, 4] a@b.io", "1", "true", "true", "2"]


def test_extraction_errors() -> None:
    assert (
        error_type("contextService.extractAllEntities('nope', 'x')", DEFS)
        == "IllegalArgumentException"
    )
    assert (
        error_type("contextService.extractFirstEntity('qty', null)", DEFS)
        == "IllegalArgumentException"
    )
