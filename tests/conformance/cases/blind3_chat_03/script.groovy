// Build a short reply depending on the language detected from the utterance
def utterance = (execution.getVariable('response') as String)?.trim()
def history = transientVariableService.getVariable('langHistory') ?: []

def markers = [
    fr: ['je', 'vous', 'merci', 'bonjour', 'où', 'réservation'],
    de: ['ich', 'danke', 'bitte', 'größe', 'straße', 'möchte'],
    es: ['hola', 'gracias', 'quiero', 'niño', 'señor'],
    en: ['i', 'please', 'thanks', 'want', 'hello'],
]

def tokens = utterance.toLowerCase().split(/[^\p{L}]+/).findAll { it }
def scores = markers.collectEntries { lang, words -> [(lang): tokens.count { it in words }] }
println "scores: $scores"
def best = scores.max { it.value }
def lang = best.value > 0 ? best.key : 'en'
history << lang
transientVariableService.addVariable('langHistory', history)

def replies = [
    fr: "Merci ! Je m'occupe de votre demande « %s ».",
    de: 'Danke! Ich kümmere mich um „%s“.',
    es: '¡Gracias! Me encargo de «%s».',
    en: 'Thanks! I am on it: "%s".',
]
def topic = tokens.findAll { it.size() > 5 }.take(2).join(' ')
def reply = String.format(replies[lang], topic)
println reply
execution.setVariable('reply', reply)
execution.setVariable('lang', lang)

// upper/lower with accents and sharp s
println utterance.toUpperCase()
println utterance.length() + ' ' + utterance.toUpperCase().length()
def initials = tokens.collect { it[0] }.join('').toUpperCase()
println "initials: $initials"
customMetricService.upsertMetric('lang', lang)
customMetricService.upsertMetric('lang_history', history.join('>'))
log.info "detected $lang after ${history.size()} turns"
def reversed = utterance.reverse()
println reversed
println utterance.center(utterance.size() + 4, '*')
