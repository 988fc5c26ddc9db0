"""`userService`, and execution's domain/user methods."""

from __future__ import annotations

from services_helpers import RUNTIME, STATE, error_type, out


def test_user_dto_fields_in_both_forms() -> None:
    assert out("""
        def u = userService.getUser()
        println u.firstName + ' ' + u.lastName() + ' ' + u.email + ' ' + u.userId()
        println "${u.anonymous()} ${u.attributes().tier}"
    """) == ["Ann Lee ann@example.com u-1", "false gold"]


def test_absent_user_has_null_fields() -> None:
    assert out(
        """
        def u = userService.getUser()
        println u.firstName == null && u.userId() == null && !u.anonymous
    """,
        {},
    ) == ["true"]


def test_update_user_persists_across_runs() -> None:
    conversation = RUNTIME.conversation("c-user", STATE)
    result = conversation.run("""
        def u = userService.getUser().firstName('Anna')
        u.lastName = 'Smith'
        u.attributes([tier: 'platinum'])
        println userService.updateUser(u).lastName
    """)
    assert result.error is None and result.stdout == "Smith\n"
    user = conversation.state()["user"]
    assert (user["firstName"], user["lastName"], user["userId"]) == ("Anna", "Smith", "u-1")
    assert user["attributes"] == {"tier": "platinum"}
    assert conversation.run("print execution.userDisplayName()").stdout == "Anna Smith"


def test_user_id_is_read_only() -> None:
    assert error_type("userService.getUser().userId('x')") == "MissingMethodException"
    assert error_type("def u = userService.getUser(); u.userId = 'x'") == "MissingPropertyException"


def test_existence_checks_and_register() -> None:
    assert out("""
        println userService.userExistsWithEmail('ANN@example.com')
        println userService.userExistsWithEmail('bob@example.com')
        println userService.userExistsWithName('Ann Lee')
        def bob = userService.getUser().firstName('Bob').lastName('Ray').email('bob@example.com')
        def saved = userService.registerUser(bob, 'customers')
        println saved.userId() != null && saved.userId() != 'u-1'
        println userService.userExistsWithEmail('bob@example.com')
    """) == ["true", "false", "true", "true", "true"]


def test_register_needs_a_user_object() -> None:
    assert error_type("userService.registerUser([firstName: 'x'], 'g')") == "MissingMethodException"


def test_conversation_name_and_email_updates() -> None:
    assert out("""
        userService.updateConversationUserName('Jo', 'March')
        userService.updateConversationEmail('jo@example.com')
        println userService.getUser().firstName + ' ' + userService.getUser().email
    """) == ["Jo jo@example.com"]


def test_agents() -> None:
    state = {
        "escalation": {
            "agents": [
                {"firstName": "Amelia", "human": False},
                {"firstName": "Kim", "email": "kim@example.com"},
            ]
        }
    }
    assert out(
        """
        println userService.getAgent().firstName + ' ' + userService.getAgent().human()
        println userService.getAgentHistory().collect { it.firstName }
        println userService.getLastHumanAgent().email
    """,
        state,
    ) == ["Kim true", "[Amelia, Kim]", "kim@example.com"]
    assert out("println userService.getLastHumanAgent() == null", {}) == ["true"]


def test_execution_domain_and_user() -> None:
    assert out("""
        println execution.domainId() + ' ' + execution.domainCode() + ' ' + execution.domainName()
        println execution.domain().code + ' ' + execution.domain().name()
        println execution.userId() + ' ' + execution.isAnonymous() + ' ' + execution.anonymous
    """) == ["d-1 shop Shop", "shop Shop", "u-1 false false"]
