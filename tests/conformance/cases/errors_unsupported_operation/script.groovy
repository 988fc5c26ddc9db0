def locked = [1, 2].asImmutable()
def fixed = Arrays.asList(1, 2, 3)
def readOnlyMap = [a: 1].asImmutable()
def ops = [
    "immutable add"   : { locked << 3 },
    "immutable set"   : { locked[0] = 5 },
    "asList set"      : { fixed[0] = 9; fixed },
    "asList add"      : { fixed << 4 },
    "map put"         : { readOnlyMap.b = 2 },
    "emptyList add"   : { Collections.emptyList().add(1) },
    "unmodifiable sort": { Collections.unmodifiableList([3, 1]).sort() },
]
ops.each { label, op ->
    try {
        println "${label}: ok ${op()}"
    } catch (UnsupportedOperationException e) {
        println "${label}: ${e.class.simpleName}"
    }
}
locked.add(0, 1)
