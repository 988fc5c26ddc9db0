import groovy.json.JsonOutput
import groovy.json.JsonSlurper
class Order {
    String id
    BigDecimal amount
    List<String> items = []
    boolean rush
    String toString() { "Order($id, $amount, ${items.size()} items${rush ? ', rush' : ''})" }
    def total(rate = 0.2) { (amount * (1 + rate)).setScale(2, BigDecimal.ROUND_HALF_UP) }
}
def orders = [new Order(id: 'a1', amount: 10.5, items: ['x', 'y']),
              new Order(id: 'b2', amount: 99.99, rush: true),
              new Order(id: 'c3', amount: 5)]
orders.each { println it }
println orders*.id
println orders.findAll { it.rush }*.total()
println orders.sum { it.amount }
println orders.max { it.amount }.id
println orders.collect { it.total(0.1) }
def json = JsonOutput.toJson(orders.collect { [id: it.id, amount: it.amount, rush: it.rush] })
println json
println JsonOutput.prettyPrint('{"a":[1,2],"b":{"c":null}}')
def parsed = new JsonSlurper().parseText('{"name":"Ann","tags":["vip","new"],"score":4.5,"n":3,"ok":true,"none":null}')
println parsed
println parsed.tags.contains('vip') && parsed.score > 4 && parsed.n instanceof Integer
println parsed.score.getClass().simpleName
def sw = new StringWriter()
sw << 'abc' << 1
println sw.toString()
def sb = new StringBuilder()
3.times { sb.append(it).append(',') }
println sb.toString().replaceAll(/,$/, '')
def fmt = { BigDecimal v -> String.format('%.1f%%', v * 100) }
println fmt(0.256)
def counter = 0
def inc = { counter += it ?: 1 }
inc(); inc(5)
println counter
def memo
memo = { n -> n < 2 ? n : memo(n - 1) + memo(n - 2) }
println memo(15)
def compose = { it * 2 } >> { it + 1 }
println compose(5)
println ([1, 2, 3].collect(compose))
def curried = { a, b, c -> a + b + c }.curry(1, 2)
println curried(3)
switch ('abc123') {
    case ~/^[a-z]+\d+$/: println 'alnum'; break
    default: println 'other'
}
def x = null
println x?.size() ?: 'none'
println (x == null ? 'null!' : x)
assert orders.size() == 3 : 'three orders'
try {
    assert orders.size() == 4
} catch (AssertionError e) {
    println e.message.readLines().first()
}
