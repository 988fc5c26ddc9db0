// Paging through a product catalogue shown to the user 3 at a time.
def products = execution.getVariable("products")
int page = execution.getVariable("page") ?: 1
int pageSize = 3

def pages = products.collate(pageSize)
println "pages: ${pages.size()}"
def current = pages[page - 1]
println "page ${page}: ${current*.name}"

int from = (page - 1) * pageSize
def slice = products[from..<Math.min(from + pageSize, products.size())]
println "same via range: ${slice*.name == current*.name}"

println "names upper: ${products*.name*.toUpperCase()}"
println "prices: ${products*.price}"
println "first two: ${products.take(2)*.name}, drop 4: ${products.drop(4)*.name}"
println "last: ${products[-1].name}, second to last: ${products[-2].name}"
println "every other: ${products[(0..<products.size()).step(2)]*.name}"
println "reverse range: ${(5..1).toList()}, exclusive: ${(1..<4).toList()}, chars: ${('a'..'e').join()}"
println "range contains: ${(1..10).contains(5)}, 5 in: ${5 in (1..<5)}"
println "step: ${(0..20).step(5)}, by: ${1.step(10, 3) { print it + ' ' }}"
println ""
println "takeWhile: ${products.takeWhile { it.price < 30 }*.name}"
println "dropWhile: ${products.dropWhile { it.price < 30 }*.name}"
println "head/tail: ${products.head().name} / ${products.tail()*.name}"
println "init/last: ${products.init().size()} / ${products.last().name}"
println "spread method args: ${String.format('%s-%s', *['a', 'b'])}"

def cheapest = products.min { it.price }
def inStock = products.findAll { it.stock > 0 }
println "cheapest: ${cheapest.name}, in stock: ${inStock.size()}"
println "indices of out-of-stock: ${products.findIndexValues { it.stock == 0 }}"

execution.setVariable("pageItems", current*.name)
execution.setVariable("hasNextPage", page < pages.size())
customMetricService.upsertMetric("catalogue_pages", pages.size().toString())
