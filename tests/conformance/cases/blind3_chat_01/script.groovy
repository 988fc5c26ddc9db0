// Normalise the last user utterance before intent routing: trim, collapse spaces, strip emoji
def raw = execution.getVariable('response') ?: ''
def maxLen = (execution.getVariable('maxLen') ?: 40) as int

String cleaned = raw.trim().replaceAll(/\s+/, ' ')

// remove anything outside the Basic Multilingual Plane (most emoji) and variation selectors
def noEmoji = cleaned.replaceAll(/[\x{1F000}-\x{1FFFF}]/, '').replaceAll(/[\u2600-\u27BF\uFE0F]/, '').trim()
println "no emoji: [$noEmoji]"
log.info("cleaned length=${noEmoji.length()}")

def hadEmoji = noEmoji != cleaned
execution.setVariable('hadEmoji', hadEmoji)

String truncated
if (noEmoji.length() > maxLen) {
    truncated = noEmoji.substring(0, maxLen - 3).trim() + '...'
} else {
    truncated = noEmoji
}
println "truncated (${truncated.length()}): $truncated"
execution.setVariable('utterance', truncated)

def words = noEmoji.toLowerCase().tokenize(' ,.!?')
def greeting = ['hello', 'hi', 'bonjour', 'hola', 'hallo'].find { words.contains(it) }
execution.setVariable('greeting', greeting)
println "words: ${words.size()} -> ${words.take(5)}"

def accents = noEmoji.findAll(/[À-ÿ]/)
println "accented chars: ${accents.join('')} (${accents.size()})"
customMetricService.upsertMetric('utterance_words', words.size().toString())
customMetricService.upsertMetric('had_emoji', hadEmoji.toString())

def capitalised = words.collect { it.capitalize() }.join(' ')
println capitalised
def shout = noEmoji.count('!')
if (shout > 1) {
    log.warn("user seems upset: ${shout} exclamation marks")
    transientVariableService.addVariable('sentiment', 'negative')
} else {
    transientVariableService.addVariable('sentiment', 'neutral')
}
println "sentiment: ${transientVariableService.getVariable('sentiment')}"
