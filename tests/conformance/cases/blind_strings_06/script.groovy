// Normalise the last user utterance before keyword matching and count words.
String utterance = execution.getVariable("response")

String normalized = utterance.toLowerCase()
        .replaceAll(/[’']/, "")
        .replaceAll(/[^a-z0-9\s]/, " ")
        .replaceAll(/\s+/, " ")
        .trim()
println "normalized: '${normalized}'"

def stopWords = ["i", "a", "the", "to", "my", "is", "it", "and", "of", "im", "me", "for"] as Set
def words = normalized.split(" ").toList()
def content = words.findAll { !(it in stopWords) }
println "words: ${words.size()}, content words: ${content}"

def freq = content.countBy { it }.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
println "frequency: ${freq}"

def longest = content.max { it.length() }
println "longest word: ${longest}"
println "avg word length: ${(content.sum { it.length() } / content.size()).setScale(2, BigDecimal.ROUND_HALF_UP)}"

def sentiment = [refund: -1, angry: -2, terrible: -2, thanks: 1, great: 2, broken: -1, love: 2]
int score = content.sum { sentiment[it] ?: 0 }
println "sentiment score: ${score}"

def negation = normalized =~ /\b(not|never|dont|cant)\s+(\w+)/
println "negations: ${negation.collect { it[0] }}"

def sentences = utterance.split(/(?<=[.!?])\s+/)
println "sentences: ${sentences.length}"
sentences.eachWithIndex { s, i -> println "  ${i + 1}: ${s}" }

println "acronym: ${content.take(4).collect { it[0] }.join().toUpperCase()}"
println "title case: ${normalized.split(' ').collect { it.capitalize() }.join(' ')}"

execution.setVariable("normalizedUtterance", normalized)
execution.setVariable("sentimentScore", score)
execution.setVariable("topWord", freq.keySet().first())
customMetricService.upsertMetric("utterance_words", words.size().toString())
log.info("sentiment ${score} for '${normalized.take(30)}'")
