// A closure given arguments it does not take: Groovy names doCall() when the GDK calls it
// (each, collect, sort, inject, with, a curried closure) and call() when the script calls it
// or a GDK predicate does (find, any, findAll, count, grep, switch: BooleanClosureWrapper).
def t(String id, Closure c) {
    try { println "$id: ${c()}" } catch (MissingMethodException e) { println "$id: ${e.message.readLines()[0]}" }
}
def two = { a, b -> a }
def none = { -> 1 }
t("direct") { two(1) }
t("call") { two.call(1) }
t("doCall") { two.doCall(1) }
t("collect") { [1].collect(two) }
t("each") { [1].each(none) }
t("sort") { [2, 1].sort { a, b, c -> 0 } }
t("inject") { [1].inject(0) { a -> a } }
t("with") { 5.with(two) }
t("curry") { two.curry(1)(2, 3) }
t("map each") { [a: 1].each { a, b, c -> a } }
t("find") { [1].find(two) }
t("any") { [1].any(two) }
t("findAll") { [1].findAll(none) }
t("count") { [1].count(none) }
t("map find") { [a: 1].find { a, b, c -> 1 } }
t("grep") { [1].grep(two) }
t("switch") { switch (1) { case two: 1 } }
t("takeWhile") { [1].takeWhile(two) }
t("findResult") { [1].findResult(two) }
