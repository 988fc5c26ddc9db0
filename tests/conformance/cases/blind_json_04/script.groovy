import groovy.json.JsonSlurper

// Numbers in JSON: check the types our downstream math will see.
def slurper = new JsonSlurper()
def doc = slurper.parseText(transientVariableService.getVariable("metricsPayload"))

doc.values.each { k, v ->
    println "${k.padRight(10)} ${String.valueOf(v).padRight(24)} ${v?.getClass()?.simpleName}"
}

def ints = doc.values.findAll { k, v -> v instanceof Integer }.keySet()
println "integers: ${ints}"

def small = doc.values.small
def big = doc.values.big
println "small+1: ${small + 1} (${(small + 1).getClass().simpleName})"
println "big+1: ${big + 1}"
println "decimal*3: ${doc.values.decimal * 3}"
println "exp: ${doc.values.exp} -> ${doc.values.exp.toPlainString()}"
println "neg: ${doc.values.neg.abs()}"
println "huge: ${doc.values.huge}"

def arr = slurper.parseText("[1, 2.0, 3e0, -0, 0.10]")
println "array: ${arr} ${arr*.getClass()*.simpleName}"
println "sum: ${arr.sum()}"

def avg = doc.series.sum() / doc.series.size()
println "series avg: ${avg}"
println "series max: ${doc.series.max()}, min: ${doc.series.min()}"

transientVariableService.addVariable("seriesAvg", avg)
transientVariableService.addVariable("bigPlusOne", big + 1)
customMetricService.upsertMetric("series_avg", avg.toString())
