def total = 1 +
    2 +
    3
println total
def items = [
    "alpha",
    "beta",
    "gamma"
]
println items
def config = [
    retries: 3,
    timeout: 30
]
println config
def joined = items
    .collect { it.toUpperCase() }
    .findAll { it.size() > 4 }
    .join("|")
println joined
def maybe = execution.getVariable("profile")
def city = maybe
    ?.address
    ?.city
println city
def ok = total > 3 &&
    items.size() == 3
println ok
def label = total > 5 ?
    "big" :
    "small"
println label
println(
    add(
        1,
        2
    )
)
def add(a, b) { a + b }
def message = "a" + "b" +
    "c"
println message
