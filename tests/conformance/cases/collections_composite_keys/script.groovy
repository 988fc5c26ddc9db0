// Lists, Maps and Sets as map keys and set elements: composite keys in flow scripts.
def orders = [
    [region: 'emea', tier: 'gold', amount: 10],
    [region: 'apac', tier: 'gold', amount: 5],
    [region: 'emea', tier: 'gold', amount: 7],
    [region: 'emea', tier: 'silver', amount: 1],
]
def byPair = orders.groupBy { [it.region, it.tier] }
println byPair.collectEntries { k, v -> [(k.join('/')): v*.amount] }
def counts = orders.countBy { [it.region, it.tier] }
println counts
println counts[['emea', 'gold']]
println counts.containsKey(['apac', 'gold'])
println counts.get(['apac', 'silver'])
def totals = orders.collectEntries { [[it.region, it.tier], it.amount] }
println totals
def seen = [] as Set
orders.each { seen << [it.region, it.tier] }
println seen
println(['emea', 'gold'] in seen)
println(['apac', 'silver'] in seen)
def byMap = orders.groupBy { [region: it.region] }
println byMap.keySet()
println byMap[[region: 'apac']]*.amount
def tally = [:]
orders.each { o -> def k = [o.region, o.tier]; tally[k] = (tally[k] ?: 0) + o.amount }
tally.each { k, v -> println "${k[0]}-${k[1]} ${k.size()} ${k instanceof List} ${k.getClass().simpleName}: $v" }
println([[1, 2], [1, 2], [2, 1]].unique())
println([[a: 1], [a: 1]].toSet())
println(([[1, 2], [3]] as Set) + [[1, 2]])
println([[1, 2], [3]].intersect([[3], [4]]))
def sets = [:]
sets[[1, 2] as Set] = 'x'
println sets[[2, 1] as Set]
println groovy.json.JsonOutput.toJson(counts)
execution.setVariable('counts', counts)
execution.setVariable('pairs', seen.toList())
execution.setVariable('byRegion', orders.countBy { [region: it.region] })
try {
    new TreeMap().put([1], 1)
} catch (e) {
    println e.class.simpleName
}
