// Reshape tabular data returned by a report query.
def header = execution.getVariable("header")
def rows = execution.getVariable("rows")

def records = rows.collect { row -> [header, row].transpose().collectEntries() }
records.each { println it }

def columns = rows.transpose()
println "columns: ${columns}"
header.eachWithIndex { h, i -> println "${h}: ${columns[i]}" }

println "flatten: ${[[1, [2, 3]], [4], 5].flatten()}"
println "combinations: ${[['a', 'b'], [1, 2]].combinations()}"
println "collate with remainder: ${(1..7).collate(3)}, no remainder: ${(1..7).collate(3, false)}"
println "sliding: ${(1..5).collate(3, 1, false)}"
println "zip-like: ${[['x', 'y', 'z'], [1, 2, 3]].transpose().collect { it.join('=') }}"
println "sum of lists: ${[[1, 2], [3]].sum()}"
println "multiply list: ${['ab'] * 3}"
println "nested collect: ${[[1, 2], [3, 4]].collect { r -> r.collect { it * 10 } }}"
println "collectNested: ${[1, [2, [3]]].collectNested { it + 1 }}"
println "eachPermutation count: ${def c = 0; [1, 2, 3].eachPermutation { c++ }; c}"
println "withIndex: ${['p', 'q'].withIndex()}, indexed: ${['p', 'q'].indexed()}"

def totalsByRegion = records.groupBy { it.region }.collectEntries { r, l -> [(r): l.sum { it.sales as int }] }
println "totals by region: ${totalsByRegion}"
def pivot = records.groupBy({ it.region }, { it.quarter }).collectEntries { r, m ->
    [(r): m.collectEntries { q, l -> [(q): l.sum { it.sales as int }] }]
}
println "pivot: ${pivot}"

execution.setVariable("reportRecords", records)
execution.setVariable("regionTotals", totalsByRegion)
customMetricService.upsertMetric("report_rows", records.size().toString())
