// Product catalogue search result -> carousel JSON for the custom UI (nested maps and lists)
import groovy.json.JsonOutput

def products = transientVariableService.getVariable('catalogue')
def query = (execution.getVariable('query') ?: '').toLowerCase().trim()
def maxCards = 3

def terms = query.split(/\s+/) as List
def scored = products.collect { p ->
    def hay = "${p.name} ${p.brand} ${(p.tags ?: []).join(' ')}".toLowerCase()
    [product: p, score: terms.count { hay.contains(it) }]
}.findAll { it.score > 0 }
scored.sort { a, b -> b.score <=> a.score ?: a.product.price <=> b.product.price }
println "matches: ${scored.collect { "${it.product.name}(${it.score})" }}"

def cards = scored.take(maxCards).collect { s ->
    def p = s.product
    [
        title   : p.name,
        subtitle: "${p.brand} · ${String.format('%.2f', p.price as BigDecimal)} €",
        image   : p.images?.getAt(0) ?: 'https://cdn.example/placeholder.png',
        badges  : [p.stock > 0 ? 'in stock' : 'sold out', p.discount ? "-${p.discount}%" : null].findAll(),
        buttons : [[type: 'postback', label: 'Details', payload: "DETAILS_${p.id}"]],
    ]
}
def carousel = [type: 'carousel', count: cards.size(), more: scored.size() > maxCards, cards: cards]
def json = JsonOutput.toJson(carousel)
println JsonOutput.prettyPrint(json)
execution.setVariable('carouselJson', json)
customMetricService.upsertMetric('search_hits', scored.size().toString())
customMetricService.upsertMetric('search_query', query)

def brands = products*.brand.unique().sort()
println "brands: $brands"
def priceRange = products*.price.with { [min: it.min(), max: it.max()] }
println "price range: $priceRange"
def outOfStock = products.findAll { !it.stock }*.id
log.info("query '${query}' -> ${cards.size()} cards, out of stock: ${outOfStock}")
println products.collectEntries { [(it.id): it.tags?.size() ?: 0] }
