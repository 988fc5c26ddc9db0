"""`conversationService`: transcript utterances and text, escalation info, extras."""

from __future__ import annotations

from services_helpers import error_type, out


def test_last_utterance_username_in_property_and_call_form() -> None:
    assert out("""
        def tu = conversationService.getTranscriptUtterances().last()
        println tu.username
        println tu.username()
        println tu.utterance + ' | ' + tu.utterance()
        println tu.sessionMode + ' ' + tu.userId() + ' ' + tu.userFirstName + ' ' + tu.userLastName()
        println tu.dateTime()
    """) == [
        "Ann Lee",
        "Ann Lee",
        "Two scoops of choc please | Two scoops of choc please",
        "USER u-1 Ann Lee",
        "2024-05-01 10:00:05.000",
    ]


def test_utterances_are_an_ordered_list() -> None:
    assert out("""
        def all = conversationService.getTranscriptUtterances()
        println all.size()
        all.each { println it.sequenceId() + ' ' + it.sessionMode + ' ' + it.username }
        for (u in all) { print u.sequenceId }
        println ''
        println all.first().utterance
        println all.findAll { it.sessionMode == 'USER' }.size()
    """) == ["2", "1 AGENT Amelia", "2 USER Ann Lee", "12", "Hello, how can I help?", "1"]


def test_empty_transcript() -> None:
    assert out(
        """
        def all = conversationService.getTranscriptUtterances()
        println all.size() + ' ' + all.isEmpty()
        println conversationService.getTranscript() == ''
    """,
        {},
    ) == ["0 true", "true"]
    assert (
        error_type("conversationService.getTranscriptUtterances().last()", {})
        == "NoSuchElementException"
    )


def test_transcript_text_and_overloads() -> None:
    assert out("""
        println conversationService.getTranscript()
        println conversationService.getTranscript(true, true, false).readLines()[1]
        println conversationService.getTranscriptUtterances(false).size()
    """) == [
        "Amelia: Hello, how can I help?",
        "Ann Lee: Two scoops of choc please",
        "Anonymous User: Two scoops of choc please",
        "2",
    ]


def test_escalation_info_null_without_escalation() -> None:
    assert out("println conversationService.escalationInfo() == null", {}) == ["true"]


def test_escalation_info_accessors() -> None:
    state = {
        "escalation": {
            "escalationQueueCode": "support",
            "reason": "asked for a human",
            "escalationSourceType": "EXPLICIT",
            "responder": "Bpn",
        }
    }
    assert out(
        """
        def e = conversationService.escalationInfo()
        println e.escalationQueueCode() + ' ' + e.reason + ' ' + e.escalationSourceType()
        println e.responder + ' ' + e.errorType() + ' ' + e.exceptionClass()
    """,
        state,
    ) == ["support asked for a human EXPLICIT", "Bpn NO_ERROR null"]


def test_subject_and_custom_user_info() -> None:
    assert out(
        """
        println conversationService.setSubject('Refund')
        println conversationService.getSubject()
        conversationService.customUserInfo([vip: true])
        println conversationService.customUserInfo()
        println conversationService.toxicity().type() + ' ' + conversationService.toxicity().score
    """,
        {},
    ) == ["true", "Refund", "[vip:true]", "NONE 0.0"]


def test_non_boolean_overload_argument_is_missing_method() -> None:
    assert error_type("conversationService.getTranscript('yes')") == "MissingMethodException"
