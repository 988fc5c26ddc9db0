def t(Closure c) { try { c() } catch (AssertionError e) { println e.message } }
def total = 6
def order = [status: "open", items: [1, 2]]
def name = "bob"
def f(x) { x }
t { assert total == 7 : "total" }
t { assert order.status == "closed" : "status ${order.status}" }
t { assert order.items.size() > 3 && name == "bob", "size" }
t { assert !(total in [1, 2, 6]) : "in" }
t { assert order?.items[0] + total * 2 == 100 : 'arith' }
t { assert f(total) == 1.50 : 'call' }
t { assert Math.max(total, 2) == 2 : 'static' }
t { assert name ==~ /x.*/ : 'regex' }
t { assert [a: 1, b: "x"] == [:] : 'maps' }
t { assert (total > 1 ? null : 1) : 'ternary' }
t { assert (null ?: 0) : 'elvis' }
t { assert (1..3).contains(5) : 'range' }
t { assert -total > 0 : 'neg' }
t { assert total instanceof String : 'instanceof' }
t { assert 10L + 1e3 == 2G : 'nums' }
