// Menu builder: nested maps, defaults, sorting with multiple keys
def menu = execution.getVariable('menu')
def diet = execution.getVariable('diet') ?: []

def counters = [:].withDefault { 0 }
def suitable = menu.findAll { dish ->
    def ok = diet.every { d -> d in (dish.labels ?: []) }
    counters[ok ? 'kept' : 'dropped']++
    ok
}
println "counters: ${counters}"

def sorted = suitable.sort(false) { a, b ->
    a.course <=> b.course ?: b.rating <=> a.rating ?: a.price <=> b.price
}
def courses = ['starter', 'main', 'dessert']
def byCourse = sorted.groupBy { it.course }
courses.each { c ->
    def dishes = byCourse[c] ?: []
    println "${c.toUpperCase()}:"
    if (!dishes) println '  (nothing suitable)'
    dishes.each { println "  ${it.name.padRight(18, '.')} ${it.price}  ${'*' * it.rating}" }
}

def cheapestMeal = courses.collect { c -> (byCourse[c] ?: []).min { it.price } }
println "cheapest meal: ${cheapestMeal*.name} = ${cheapestMeal.findAll()*.price.sum()}"

def priceIndex = new TreeMap(suitable.collectEntries { [(it.name): it.price] })
println "first two alphabetically: ${priceIndex.headMap(priceIndex.keySet().toList()[2])}"
println "ceiling of 'P': ${priceIndex.ceilingKey('P')}"

def labels = menu.collectMany { it.labels ?: [] }.toSet().sort()
println "labels: ${labels}"
def matrix = menu.collect { d -> labels.collect { l -> (l in (d.labels ?: [])) ? 'x' : '.' }.join() }
matrix.eachWithIndex { row, i -> println "${menu[i].name.take(10).padRight(10)} ${row}" }

def list = [5, 3, 9, 1]
list.add(1, 7)
list.remove((Object) 9)
list << 4
list += [0]
println "list ops: ${list} head ${list.head()} tail ${list.tail()} init ${list.init()} last ${list.last()}"
println "ranges: ${(1..10).step(3)} ${('a'..'e').join()} ${(5..1).toList()} ${(1..<4).size()}"

execution.setVariable('menuForUser', sorted*.name)
execution.setVariable('menuCounters', counters)
customMetricService.upsertMetric('menu_kept', counters.kept.toString())
log.info("menu filtered with diet ${diet}")
