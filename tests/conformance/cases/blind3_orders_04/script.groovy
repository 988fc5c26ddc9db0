import groovy.json.JsonSlurper
import groovy.json.JsonOutput

// Returns eligibility: JSON list of past orders, 30-day window, non-returnable categories
def orders = new JsonSlurper().parseText(transientVariableService.getVariable('ordersJson') as String)
def asOf = Date.parse('yyyy-MM-dd', execution.getVariable('asOf'))
def nonReturnable = ['food', 'gift-card', 'underwear'] as Set

def eligible = []
def rejected = [:]
orders.each { o ->
    def placed = Date.parse('yyyy-MM-dd', o.placedOn)
    def age = (asOf - placed)
    o.items.each { item ->
        def reason = null
        if (age > 30) reason = "too old (${age} days)"
        else if (item.category in nonReturnable) reason = "category ${item.category}"
        else if (item.returned) reason = 'already returned'
        if (reason) rejected["${o.id}/${item.sku}".toString()] = reason
        else eligible << [order: o.id, sku: item.sku, refund: item.price * (item.qty ?: 1)]
    }
}
println "eligible:"
eligible.each { println "  $it" }
println "rejected: $rejected"
def refundTotal = eligible.sum { it.refund } ?: 0
println "refund total: $refundTotal"

execution.setVariable('eligibleReturns', eligible)
execution.setVariable('returnMessage', eligible ? "You can return ${eligible.size()} item(s) for ${refundTotal} EUR." : 'Nothing can be returned.')
customMetricService.upsertMetric('returns_eligible', JsonOutput.toJson(eligible*.sku))
log.info("returns check: ${eligible.size()} eligible, ${rejected.size()} rejected")

def byOrder = eligible.groupBy { it.order }.collectEntries { k, v -> [(k): v.size()] }
println JsonOutput.toJson(byOrder)
def newest = orders.max { it.placedOn }
println "newest ${newest.id} on ${newest.placedOn}, first item ${newest.items[0].sku}"
def lazy = new JsonSlurper().parseText('{"a":{"b":[1,{"c":"deep"}]},"n":1e2,"big":12345678901234,"neg":-0.5}')
println "${lazy.a.b[1].c} ${lazy.n} ${lazy.n.getClass().simpleName} ${lazy.big.getClass().simpleName} ${lazy.neg}"
