def total = [1, 2, 3].sum()
assert total == 6
println "sum ok"
def caught = null
try {
    assert total > 10
} catch (AssertionError e) {
    caught = e.class.simpleName
}
println caught
def order = [status: "open"]
assert order.status == "closed"
println "not reached"
