"""runtime/core/keys.py: the hashable List/Map/Set key copies, their face to scripts and the sandbox.

What Groovy prints for keys is pinned in test_collection_keys.py; this file pins the mechanism:
String and number keys are left alone, copies hash by content, they are the same Java class with
the same dispatch chain as the original, they cross the boundary as plain data, and they give a
script no Python method to call.
"""

from __future__ import annotations

import pytest

from convoscript import Runtime
from convoscript.runtime.core.keys import KEY_TYPES, GSet, ListKey, MapKey, SetKey, as_key
from convoscript.runtime.core.types import dispatch_chain, java_class_name
from convoscript.runtime.model.values import GString, Long

_RUNTIME = Runtime()


def _run(source: str):
    return _RUNTIME.conversation("keys-test").run(source)


# ---- the mechanism ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["a", 1, Long(5), 2.5, None, True, GString(("a",), ())])
def test_hashable_values_are_their_own_key(value: object) -> None:
    assert as_key(value) is value


def test_list_key_is_an_equal_hashable_copy() -> None:
    original = [1, [2, {"a": [3]}]]
    key = as_key(original)
    assert type(key) is ListKey and key == original and key is not original
    assert type(key[1]) is ListKey and type(key[1][1]) is MapKey  # nested parts too
    assert hash(key) == hash(as_key([1, [2, {"a": [3]}]]))
    original.append(9)
    assert key == [1, [2, {"a": [3]}]]  # a copy taken when the key is put


def test_map_key_hash_ignores_order_like_java() -> None:
    assert hash(as_key({"a": 1, "b": 2})) == hash(as_key({"b": 2, "a": 1}))
    assert as_key({"a": 1, "b": 2}) == as_key({"b": 2, "a": 1})


def test_sets_are_unhashable_and_set_keys_equal_by_content() -> None:
    with pytest.raises(TypeError):
        hash(GSet([1]))
    assert as_key(GSet([1, 2])) == as_key(GSet([2, 1]))
    assert hash(as_key(GSet([1, 2]))) == hash(as_key(GSet([2, 1])))
    assert type(as_key(GSet([1]))) is SetKey


def test_a_key_copy_is_reused_not_copied_again() -> None:
    key = as_key([1, 2])
    assert as_key(key) is key


def test_a_key_changed_by_the_script_still_hashes() -> None:
    key = as_key([1])
    key.append([2])  # `k << [2]` on a key read back puts a plain list inside
    assert hash(key) == hash(as_key([1, [2]]))


def test_gset_built_from_unhashable_elements() -> None:
    s = GSet(x for x in ([1], [1], {"a": 1}))  # a generator: the fallback must not lose items
    assert list(s) == [[1], {"a": 1}]


@pytest.mark.parametrize(
    ("key_type", "original"), [(ListKey, list), (MapKey, dict), (SetKey, GSet)]
)
def test_key_types_have_the_face_of_the_original(key_type: type, original: type) -> None:
    key = key_type()
    assert java_class_name(key) == java_class_name(original())
    assert dispatch_chain(key) == dispatch_chain(original())


def test_key_types_are_listed() -> None:
    assert set(KEY_TYPES) == {ListKey, MapKey, SetKey}


# ---- through a run -------------------------------------------------------------------------------
def test_keys_cross_the_boundary_as_plain_data() -> None:
    result = _run(
        "def m = [([1, 2]): 'a', ([a: [1]]): 'b']\n"
        "execution.setVariable('m', m)\n"
        "execution.setVariable('keys', m.keySet().toList())\n"
        "m.keySet().first()"
    )
    assert result.error is None, result.error
    assert result.variables["m"] == {"[1, 2]": "a", "{a=[1]}": "b"}  # Java's String.valueOf
    assert result.variables["keys"] == [[1, 2], {"a": [1]}]
    assert type(result.variables["keys"][0]) is list
    assert type(result.variables["keys"][1]) is dict
    assert type(result.value) is list


def test_a_key_is_a_snapshot_of_the_list_when_put() -> None:
    """Documented difference: Java keeps the list object itself, so changing it afterwards
    changes the key (and breaks lookups); here the key keeps the value it had when put."""
    result = _run("def k = [1]; def m = [:]; m[k] = 'x'; k << 2\nprintln m; println m[[1]]")
    assert result.stdout == "[[1]:x]\nx\n"


def test_numerically_equal_elements_are_one_key() -> None:
    """Documented difference (as for scalar keys): Groovy keeps [1] and [1L] apart."""
    result = _run("def m = [:]; m[[1]] = 'i'\nprintln m[[1L]]; println m.containsKey([1.0])")
    assert result.stdout == "i\ntrue\n"


@pytest.mark.parametrize(
    ("member", "error"),
    [
        ("k.append(2)", "MissingMethodException"),
        ("k.copy()", "MissingMethodException"),
        ("m.keys()", "MissingMethodException"),
        ("m.fromkeys([1])", "MissingMethodException"),
        ("def n = '__hash__'; k.\"$n\"()", "SecurityViolation"),  # dunders are refused at compile
        ("def n = '__class__'; k.\"$n\"", "SecurityViolation"),  # time; computed names at run time
        ("def n = '__dict__'; m.\"$n\"", "SecurityViolation"),
        ("s.items", "MissingPropertyException"),
    ],
)
def test_key_types_offer_no_python_members(member: str, error: str) -> None:
    result = _run(
        "def k = [([1]): 1].keySet().first()\n"
        "def m = [([a: 1]): 1].keySet().first()\n"
        "def s = [([1] as Set): 1].keySet().first()\n" + member
    )
    assert result.error is not None and result.error.type == error, result.error


def test_a_self_containing_key_is_a_stack_overflow() -> None:
    result = _run("def l = []; l << l\ndef m = [:]\nm[l] = 1")
    assert result.error is not None and result.error.type == "StackOverflowError"
    assert result.error.line == 3
