// Parse a flight-change request; the last lookup assumes a match that isn't there.
String req = execution.getVariable("request")

def flightM = req =~ /([A-Z]{2})\s?(\d{2,4})/
println "flight matches: ${flightM.count}"
for (int i = 0; i < flightM.count; i++) {
    println "  #${i}: airline=${flightM[i][1]} number=${flightM[i][2]} full='${flightM[i][0]}'"
}

def dateM = req =~ /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*/
def dates = dateM.collect { "${it[1].padLeft(2, '0')}-${it[2].toUpperCase()}" }
println "dates: ${dates}"

def seatM = req =~ /seat\s+(\d{1,2})([A-F])/
if (seatM) {
    println "seat row ${seatM[0][1]} letter ${seatM[0][2]}"
}

def m = req =~ /(?<from>[A-Z]{3})\s*(?:->|to)\s*(?<to>[A-Z]{3})/
if (m.find()) {
    println "route: ${m.group('from')} => ${m.group('to')}"
    println "groupCount: ${m.groupCount()}, start: ${m.start()}, end: ${m.end(2)}"
}
m.reset()
println "after reset, matches() = ${m.matches()}"

def all = (req =~ /\d+/)
println "numbers: ${all.collect { it as int }}"
println "size via getAt: ${all[0]} ${all[-1]}"

execution.setVariable("flights", flightM.collect { it[0] })
execution.setVariable("travelDates", dates)
customMetricService.upsertMetric("flights_mentioned", flightM.count.toString())

def fareM = req =~ /fare class ([A-Z])/
println "fare class: ${fareM[0][1]}"
