"""runtime/core/utf16.py: Java's UTF-16 view of a str, and the one-spelling rule."""

from __future__ import annotations

import pytest

from convoscript.runtime.core import utf16

EMOJI = "\U0001f600"
HIGH, LOW = "\ud83d", "\ude00"


@pytest.mark.parametrize(
    ("text", "bmp"),
    [
        ("", True),
        ("abc", True),
        ("Grüße", True),
        ("ありがとう", True),
        (HIGH, True),
        (EMOJI, False),
        ("a" + EMOJI, False),
        ("é" + EMOJI, False),
        (("x" + EMOJI) * 50, False),
    ],
)
def test_is_bmp_agrees_with_a_scan(text: str, bmp: bool) -> None:
    assert utf16.is_bmp(text) is bmp
    assert utf16.is_bmp(text[:1]) is (text[:1] <= "\uffff")  # a slice is stored narrowest


def test_units_and_pair_are_inverse() -> None:
    text = "ab" + EMOJI + "c"
    assert utf16.units(text) == "ab" + HIGH + LOW + "c"
    assert utf16.pair(utf16.units(text)) == text
    assert utf16.pair(LOW + HIGH) == LOW + HIGH  # not a pair: both stay lone


def test_length_cut_and_indices_count_units() -> None:
    text = "ab" + EMOJI + "cd"
    assert utf16.length(text) == 6
    assert utf16.cut(text, 0, 3) == "ab" + HIGH
    assert utf16.cut(text, 3, 6) == LOW + "cd"
    assert utf16.unit_index(text, 3) == 4  # the "c" after the emoji
    assert utf16.element_index(text, 4) == 3
    assert utf16.element_index(text, 3) == 2  # inside the pair: the emoji's element


def test_joins_make_halves_the_character_again() -> None:
    assert utf16.concat("x" + HIGH, LOW + "y") == "x" + EMOJI + "y"
    assert utf16.concat("x" + LOW, HIGH) == "x" + LOW + HIGH
    assert utf16.join([HIGH, LOW]) == EMOJI
    assert utf16.join(["a", "b"], "-") == "a-b"
