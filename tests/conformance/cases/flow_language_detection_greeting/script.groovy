def greetings = [
    en: [words: ["hello", "hi", "thanks", "order", "where", "my", "the"], reply: "Hello! How can I help?"],
    es: [words: ["hola", "gracias", "pedido", "donde", "mi", "el", "por"], reply: "¡Hola! ¿En qué puedo ayudarte?"],
    fr: [words: ["bonjour", "merci", "commande", "ou", "ma", "le", "est"], reply: "Bonjour ! Comment puis-je vous aider ?"],
    pt: [words: ["ola", "obrigado", "pedido", "onde", "meu", "o", "esta"], reply: "Olá! Como posso ajudar?"],
]
def strip = { String s ->
    def map = ["á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "à": "a", "ã": "a", "ê": "e", "ù": "u"]
    s.toLowerCase().collect { map[it] ?: it }.join()
}
def detect = { String text ->
    def tokens = strip(text).replaceAll(/[^a-z\s]/, " ").tokenize()
    def scores = greetings.collectEntries { lang, cfg -> [lang, tokens.count { it in cfg.words }] }
    def best = scores.max { it.value }
    [lang: best.value > 0 ? best.key : "en", scores: scores, tokens: tokens.size()]
}
def messages = execution.getVariable("messages")
def langs = []
messages.each { m ->
    def r = detect(m)
    langs << r.lang
    println "${m} => ${r.lang} ${r.scores}"
}
def dominant = langs.countBy { it }.max { it.value }.key
println "dominant=${dominant}"
def reply = greetings[dominant].reply
println reply
execution.setVariable("language", dominant)
execution.setVariable("greeting", reply)
customMetricService.upsertMetric("lang", dominant)
customMetricService.upsertMetric("lang_switches", langs.collate(2, 1, false).count { it[0] != it[1] }.toString())
log.info("language=${dominant}".toString())
println langs
println strip("¿Dónde está mi pedido?")
def confidence = langs.count { it == dominant } / langs.size()
println "confidence=${confidence}"
if (confidence < 0.75) {
    transientVariableService.addVariable("askLanguage", true)
    println "will confirm language"
} else {
    transientVariableService.addVariable("askLanguage", false)
}
execution.setVariable("languageConfidence", confidence)
def perLang = langs.countBy { it }.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
println perLang
