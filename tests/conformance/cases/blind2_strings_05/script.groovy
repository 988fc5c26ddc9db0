// Smart truncation and summarisation of agent notes before handing over
def notes = execution.getVariable('agentNotes')
int maxLen = (execution.getVariable('maxSummaryLength') ?: 60) as int

String truncateWords(String text, int max) {
    if (text.length() <= max) return text
    def cut = text.substring(0, max - 1)
    def lastSpace = cut.lastIndexOf(' ')
    (lastSpace > max / 2 ? cut.substring(0, lastSpace) : cut).replaceAll(/[\s,.;:]+$/, '') + '…'
}

def summaries = notes.collect { n ->
    def text = n.text.replaceAll(/\s+/, ' ').trim()
    def sentences = text.split(/(?<=[.!?])\s+/)
    def first = sentences[0]
    [author: n.author, summary: truncateWords(first, maxLen), sentences: sentences.size()]
}
summaries.each { println "[${it.author}] (${it.sentences}) ${it.summary}" }

def handover = new StringBuilder()
summaries.eachWithIndex { s, i ->
    handover.append(i == 0 ? '' : '\n').append("${i + 1}. ${s.author.toUpperCase()}: ${s.summary}")
}
println handover

def keywords = notes*.text.join(' ').toLowerCase().findAll(/[a-z]{5,}/).countBy { it }
def top = keywords.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }.take(4)
println "keywords: ${top}"

def wrapped = []
def current = ''
notes[0].text.split(' ').findAll().each { w ->
    if ((current + ' ' + w).trim().length() > 28) { wrapped << current; current = w }
    else current = (current + ' ' + w).trim()
}
if (current) wrapped << current
wrapped.each { println "| ${it.padRight(28)} |" }

println "substring helpers: ${'conversation'.take(4)} ${'conversation'.drop(8)} ${'conversation'[-4..-1]} ${'conversation'[0..<4].toUpperCase()}"
println "startsWith: ${notes*.author.findAll { it.startsWith('a') }} find: ${notes*.text.find { it.contains('refund') }?.take(12)}"

execution.setVariable('handoverText', handover.toString())
execution.setVariable('topKeywords', top.keySet().toList())
customMetricService.upsertMetric('handover_len', handover.length().toString())
log.info('handover summary prepared')
