// incomparable values: <=> and max/min fail with GroovyRuntimeException (Java text of the values); sort() falls back to hash codes
def t = { c -> try { println c() } catch (e) { println e.getClass().name + ': ' + e.message } }
t { [1, 2] <=> [1, 3] }
t { [1] < [2] }
t { [a: 1] <=> [a: 2] }
t { 'a' <=> 1 }
t { 1 <=> 'a' }
t { [1, 2].sort { a, b -> [a] <=> [b] } }
t { [[2], [1]].sort() }
t { [[2], [1]].max() }
t { true <=> false }
t { null <=> 1 }
t { 1 <=> null }
t { [[a: 2], [a: 1], [b: 0]].sort() }
t { [[2, 1], [1, 5], [1]].sort() }
t { [[2], 'x', 3].sort() }
t { [[2], [1]].min() }
t { [[2], [1]].toSorted() }
