// Array-typed and varargs parameters of closures and script methods: a last `T[]` parameter
// is varargs like `T...`; no arguments give an empty array (whose sum() is 0 for int[]).
def show(label, Closure c) {
  try { def r = c(); println "$label -> ${r} | ${r == null ? 'null' : r.getClass().simpleName}" }
  catch (e) { println "$label !! ${e.getClass().simpleName}" }
}
def mv(int... xs) { xs.sum() }
def ma(int[] xs) { xs.sum() }
def mm(String s, int... xs) { s + xs.sum() }
def mo(Object... xs) { xs.length }
show('array param') { { int[] xs -> xs.sum() }([1, 2] as int[]) }
show('array param class') { { int[] xs -> xs.getClass().simpleName }([1, 2] as int[]) }
show('String[] param') { { String[] xs -> xs.join('-') }(['a', 'b'] as String[]) }
show('array param as varargs') { { int[] xs -> xs.sum() }(1, 2) }
show('array param, no arguments') { { int[] xs -> xs.length }() }
show('array param, a List') { { int[] xs -> xs.sum() }([1, 2]) }
show('array param, a String') { { int[] xs -> xs.sum() }('x') }
show('varargs, none') { { int... xs -> xs.sum() }() }
show('varargs, none, class') { { int... xs -> xs.getClass().simpleName }() }
show('varargs, some') { { int... xs -> xs.sum() }(1, 2, 3) }
show('varargs, one') { { int... xs -> xs.sum() }(4) }
show('varargs class') { { int... xs -> xs.getClass().simpleName }(1, 2) }
show('String varargs, none') { { String... xs -> xs.length }() }
show('String varargs, GString') { def n = 1; { String... xs -> xs.join('+') }("a${n}", 'b') }
show('Object varargs') { { Object... xs -> xs.toList() }(1, 'a') }
show('Object varargs, int[]') { { Object... xs -> xs.getClass().simpleName }([1] as int[]) }
show('mixed varargs') { { String a, int... xs -> a + xs.sum() }('s', 1, 2) }
show('mixed varargs, none') { { String a, int... xs -> a + xs.length }('s') }
show('long varargs') { { long... xs -> xs.sum() }(1, 2) }
show('long varargs, none') { { long... xs -> xs.sum() }() }
show('Integer[] param') { { Integer[] xs -> xs.sum() }([1, 2] as Integer[]) }
show('method varargs') { mv(1, 2) }
show('method varargs, none') { mv() }
show('method varargs, null') { mv(null) }
show('method array') { ma([1, 2] as int[]) }
show('method array as varargs') { ma(3, 4) }
show('method array, a List') { ma([1, 2]) }
show('method mixed') { mm('q', 1, 2) }
show('method Object varargs') { mo(1, 'a', null) }
show('method pointer varargs') { this.&mv.call() }
// with overloads, the method is chosen at run time
def over(String s) { 'one String' }
def over(int... xs) { "ints ${xs.length}" }
show('overloads, String') { over('a') }
show('overloads, ints') { over(1, 2) }
show('overloads, none') { over() }
show('overloads, int[]') { over([5, 6, 7] as int[]) }
show('overloads, misfit') { over(1, 'a') }
