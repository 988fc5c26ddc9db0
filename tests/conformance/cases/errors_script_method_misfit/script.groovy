String shout(String s) { s.toUpperCase() }
def shout(List items, String sep) { items.join(sep) }
def t(Closure c) { try { println c() } catch (e) { println e.message } }
t { shout(1, 2) }
t { shout([1], "-") }
t { shout("a") }
int add(int a, int b) { a + b }
t { add(1, "2") }
t { add(1, 2) }
