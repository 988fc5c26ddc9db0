def t(Closure c) { try { c() } catch (AssertionError e) { println e.message; println "--" } }
def total = 6
def order = [status: "open", items: [1, 2]]
def name = "bob"
t { assert total == 7 }
t { assert order.status == "closed" }
t { assert order.items.size() > 3 && name == "bob" }
t { assert name.toUpperCase() == "BOB" && total > 10 }
t { assert !(total in [1, 2]) == false }
t { assert order.items[0] + total * 2 == 100 }
t { assert [1, 2, 3].findAll { it > 1 }.sum() == 4 }
t { assert name.length() == 0 || name.startsWith("x") }
t { assert "" == name.substring(0, 1) }
t { assert null }
t { assert -total > 0 }
t { assert new Date(0).time == 5 }
t { assert Math.max(total, 2) == 2 }
t { def s = ""; assert s }
t { assert order.missing?.size() }
