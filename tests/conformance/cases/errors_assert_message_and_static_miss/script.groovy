// an assert with a message shows the asserted expression (a binary one in parentheses);
// a missing static method is named `static Class.method()`
def t = { c -> try { c() } catch (Throwable e) { println e.getClass().simpleName + ': ' + e.message.readLines()[0] } }
t { assert 1 == 2, 'not equal' }
t { assert 1 == 2 : 'colon form' }
t { assert [1, 2].contains(3), "list ${1 + 1}" }
t { Math.max('a', 1) }
t { Integer.parse('1') }
