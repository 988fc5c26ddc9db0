import groovy.json.JsonBuilder
import groovy.json.JsonSlurper

// Build a rich-card carousel for the chat widget from product search results.
def results = transientVariableService.getVariable("searchResults")
int maxCards = 3

def top = results.sort { a, b -> b.score <=> a.score }.take(maxCards)

def card = new JsonBuilder()
card.carousel {
    title "We found ${results.size()} products"
    cards(top.collect { r ->
        [
                heading : r.name,
                subtitle: "\$${r.price}",
                badges  : r.tags.findAll { it != "internal" },
                actions : [[type: "link", label: "View", url: "https://shop.example/p/${r.id}".toString()],
                           [type: "postback", label: "Add to cart", payload: "ADD:${r.id}".toString()]]
        ]
    })
    footer top.size() < results.size() ? "Showing top ${top.size()}".toString() : null
}

String text = card.toString()
println text

def check = new JsonSlurper().parseText(text)
println "cards: ${check.carousel.cards.size()}"
println "headings: ${check.carousel.cards*.heading}"
println "first actions: ${check.carousel.cards[0].actions*.type}"
println "footer: ${check.carousel.footer}"

def empty = new JsonBuilder()
empty.carousel {
    title "No results"
    cards([])
}
println empty.toString()

transientVariableService.addVariable("carouselJson", text)
execution.setVariable("cardCount", check.carousel.cards.size())
customMetricService.upsertMetric("carousel_cards", check.carousel.cards.size().toString())
