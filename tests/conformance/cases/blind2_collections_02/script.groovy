// Product recommendations: set algebra over user history and catalogue
def history = execution.getVariable('purchased') as Set
def wishlist = execution.getVariable('wishlist') as LinkedHashSet
def catalogue = execution.getVariable('catalogue')

def alreadyOwned = wishlist.intersect(history)
def stillWanted = wishlist - history
println "owned from wishlist: ${alreadyOwned.sort()} still wanted: ${stillWanted}"

def related = catalogue.findAll { sku, info -> info.tags.any { t -> history.any { h -> catalogue[h]?.tags?.contains(t) } } }.keySet() - history
println "related: ${related.sort()}"

def tagFreq = history.collectMany { catalogue[it]?.tags ?: [] }.countBy { it }.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
println "tag freq: ${tagFreq}"

def scored = related.collectEntries { sku ->
    [(sku): catalogue[sku].tags.sum { tagFreq[it] ?: 0 } + (sku in wishlist ? 5 : 0)]
}.sort { -it.value }
println "scored: ${scored}"

def recs = scored.keySet().take(3).toList()
println "recs: ${recs} reversed: ${recs.reverse()}"

def pairs = [recs, recs.collect { catalogue[it].price }].transpose()
println "pairs: ${pairs}"
def cheapestFirst = pairs.sort { it[1] }.collect { it[0] }
println "cheapest first: ${cheapestFirst}"

def windows = catalogue.keySet().toList().sort().collate(3)
println "pages: ${windows}"
println "flatten: ${[[1, [2, 3]], [4], []].flatten()} unique: ${[3, 1, 3, 2, 1].unique()} sum: ${(1..10).sum()}"
println "sets equal: ${[1, 2, 3] as Set == [3, 2, 1] as Set} lists equal: ${[1, 2, 3] == [3, 2, 1]}"
println "disjoint: ${history.disjoint(stillWanted)} containsAll: ${catalogue.keySet().containsAll(history)}"

execution.setVariable('recommendations', recs)
execution.setVariable('stillWanted', stillWanted.toList())
customMetricService.upsertMetric('recs', recs.join(','))
log.info("recommended ${recs.size()} products")
