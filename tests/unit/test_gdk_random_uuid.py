"""java.util.Random (Java's exact LCG), UUID, Math.random and Collections.shuffle against Groovy.

Rows: (Groovy snippet, what real Groovy 2.4.21 on JDK 17 printed for it); see gdk_snippets.
"""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

CASES = [
    ("new Random(42).nextInt(100)", "30 | java.lang.Integer"),
    (
        "def r = new Random(42); (1..5).collect { r.nextInt(10) }",
        "[0, 3, 8, 4, 0] | java.util.ArrayList",
    ),
    (
        "def r = new Random(42); [r.nextInt(), r.nextInt()]",
        "[-1170105035, 234785527] | java.util.ArrayList",
    ),
    (
        "def r = new Random(42); [r.nextLong(), r.nextLong()]",
        "[-5025562857975149833, -5843495416241995736] | java.util.ArrayList",
    ),
    (
        "def r = new Random(42); [r.nextDouble(), r.nextDouble()]",
        "[0.7275636800328681, 0.6832234717598454] | java.util.ArrayList",
    ),
    (
        "def r = new Random(42); [r.nextFloat(), r.nextFloat()]",
        "[0.7275637, 0.054665208] | java.util.ArrayList",
    ),
    (
        "def r = new Random(42); (1..6).collect { r.nextBoolean() }",
        "[true, false, true, false, false, true] | java.util.ArrayList",
    ),
    (
        "def r = new Random(42); [r.nextGaussian(), r.nextGaussian(), r.nextGaussian()]",
        "[1.1419053154730547, 0.9194079489827879, -0.9498666368908959] | java.util.ArrayList",
    ),
    (
        "def r = new Random(7); (1..5).collect { r.nextInt(16) }",
        "[11, 10, 11, 0, 5] | java.util.ArrayList",
    ),
    (
        "def r = new Random(7); (1..5).collect { r.nextInt(1000000000) }",
        "[569164236, 371249164, 608829485, 20678044, 747989380] | java.util.ArrayList",
    ),
    (
        "def r = new Random(-3L); (1..3).collect { r.nextInt(50) }",
        "[14, 1, 16] | java.util.ArrayList",
    ),
    ("new Random(1).nextInt(0)", "IllegalArgumentException: bound must be positive"),
    ("new Random(1).nextInt(5, 10)", "5 | java.lang.Integer"),
    (
        "def r = new Random(3); (1..6).collect { r.nextInt(-5, 7) }",
        "[-3, 3, 1, -4, -5, 1] | java.util.ArrayList",
    ),
    ("new Random(1).nextInt(5, 5)", "IllegalArgumentException: bound must be greater than origin"),
    ("def r = new Random(1); r.setSeed(42); r.nextInt(100)", "30 | java.lang.Integer"),
    (
        "def l = [1, 2, 3, 4, 5, 6, 7, 8]; Collections.shuffle(l, new Random(42)); l",
        "[3, 7, 4, 2, 5, 1, 8, 6] | java.util.ArrayList",
    ),
    (
        "def l = (1..20).toList(); Collections.shuffle(l, new Random(1)); l",
        "[3, 18, 7, 16, 12, 14, 20, 9, 8, 13, 15, 11, 10, 1, 5, 4, 17, 2, 19, 6] | java.util.ArrayList",
    ),
    (
        "[1, 2, 3].shuffle()",
        "MissingMethodException: No signature of method: java.util.ArrayList.shuffle() is applicable for argument types: () values: []",
    ),
    ('new Random(1).toString().startsWith("java.util.Random@")', "true | java.lang.Boolean"),
    ("Math.random() < 1", "true | java.lang.Boolean"),
    (
        'UUID.fromString("123e4567-e89b-12d3-a456-426614174000")',
        "123e4567-e89b-12d3-a456-426614174000 | java.util.UUID",
    ),
    (
        'UUID.fromString("123E4567-E89B-12D3-A456-426614174000")',
        "123e4567-e89b-12d3-a456-426614174000 | java.util.UUID",
    ),
    ('UUID.fromString("1-2-3-4-5")', "00000001-0002-0003-0004-000000000005 | java.util.UUID"),
    ('UUID.fromString("xyz")', "IllegalArgumentException: Invalid UUID string: xyz"),
    (
        'UUID.fromString("123e4567-e89b-12d3-a456-4266141740001")',
        "IllegalArgumentException: UUID string too large",
    ),
    (
        'UUID.fromString("123e4567-e89b-12d3-a456-42661417400z")',
        'NumberFormatException: Error at index 11 in: "42661417400z"',
    ),
    ('UUID.fromString("123e4567-e89b-12d3-a456-426614174000").version()', "1 | java.lang.Integer"),
    ('UUID.fromString("123e4567-e89b-12d3-a456-426614174000").variant()', "2 | java.lang.Integer"),
    ("UUID.randomUUID().version()", "4 | java.lang.Integer"),
    ("UUID.randomUUID().variant()", "2 | java.lang.Integer"),
    ("UUID.randomUUID().toString().size()", "36 | java.lang.Integer"),
    ("UUID.randomUUID() == UUID.randomUUID()", "false | java.lang.Boolean"),
    (
        'UUID.fromString("123e4567-e89b-12d3-a456-426614174000") == UUID.fromString("123e4567-e89b-12d3-a456-426614174000")',
        "true | java.lang.Boolean",
    ),
    (
        'UUID.fromString("123e4567-e89b-12d3-a456-426614174000").hashCode()',
        "1256478162 | java.lang.Integer",
    ),
    (
        'UUID.fromString("123e4567-e89b-12d3-a456-426614174000") <=> UUID.fromString("923e4567-e89b-12d3-a456-426614174000")',
        "1 | java.lang.Integer",
    ),
    (
        '[UUID.fromString("123e4567-e89b-12d3-a456-426614174000").mostSignificantBits, UUID.fromString("123e4567-e89b-12d3-a456-426614174000").leastSignificantBits]',
        "[1314564453825188563, -6605018797301088256] | java.util.ArrayList",
    ),
    (
        'JsonOutput.toJson([id: UUID.fromString("123e4567-e89b-12d3-a456-426614174000")])',
        '{"id":"123e4567-e89b-12d3-a456-426614174000"} | java.lang.String',
    ),
    ("new UUID(1L, 2L)", "00000000-0000-0001-0000-000000000002 | java.util.UUID"),
    ('[(UUID.fromString("1-2-3-4-5")): "x"][UUID.fromString("1-2-3-4-5")]', "x | java.lang.String"),
]


@pytest.mark.parametrize(("snippet", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_matches_groovy(snippet: str, expected: str) -> None:
    assert outcome(snippet) == expected
