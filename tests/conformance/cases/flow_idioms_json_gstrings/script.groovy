import groovy.json.JsonBuilder
import groovy.json.JsonOutput
def order = [id: 'A-1', items: [[sku: 'x', qty: 2, price: 9.99], [sku: 'y', qty: 1, price: 0.5]], customer: null]
def total = order.items.sum { it.qty * it.price }
def jb = new JsonBuilder()
jb {
    orderId order.id
    lines order.items.collect { [sku: it.sku, amount: it.qty * it.price] }
    grandTotal total
    status total > 10 ? 'large' : 'small'
    meta(source: 'bot', version: 2)
}
println jb.toString()
println jb.toPrettyString().readLines().size()
def jb2 = new JsonBuilder([a: 1, b: [true, null, 'x"y']])
println jb2
println JsonOutput.toJson([when: null, list: [], map: [:], num: 1.50, big: 12345678901234567890, d: 0.1d, s: 'é\n\t'])
println JsonOutput.toJson('plain') + JsonOutput.toJson(5) + JsonOutput.toJson(null)
def reply = "Order ${order.id}: ${order.items.size()} item${order.items.size() == 1 ? '' : 's'}, total ${String.format('%.2f', total)}"
println reply
println reply.length()
def lazy = "now=${-> order.id}"
order.id = 'B-2'
println lazy
def templ = 'Dear $name, your code is ${code}.'
println templ.replace('$name', 'Ann').replace('${code}', '42')
def gs = "a${1}b"
println gs == 'a1b'
println gs.equals('a1b')
println(['a1b': 1][gs])
println ([(gs): 2]['a1b'])
println "${'nested ' + "${1 + 1}"}"
println "multi\nline".readLines()
println """triple ${1}
  quoted""".stripIndent()
println '''raw $x'''
println(/slashy \d ${1}/)
println($/dollar $$x ${1} /slash/$)
