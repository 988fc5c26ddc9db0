// Collect the last N user turns, redact numbers, and produce a summary for the agent handover
def turns = transientVariableService.getVariable('turns') ?: []
def newTurn = execution.getVariable('response')
if (newTurn) {
    turns.add([seq: turns.size() + 1, text: newTurn.trim()])
}
int keep = 4
def recent = turns.size() > keep ? turns[-keep..-1] : turns
transientVariableService.addVariable('turns', turns)

StringBuilder sb = new StringBuilder()
recent.eachWithIndex { t, i ->
    def redacted = t.text.replaceAll(/\d/, '#').replaceAll(/[^\x{0}-\x{FFFF}]/, '').trim()
    if (redacted.length() > 30) redacted = redacted[0..<27] + '…'
    sb.append(String.format('%2d. %-32s|%n', t.seq, redacted))
}
print sb.toString()
execution.setVariable('handoverSummary', sb.toString().trim())

def allText = turns*.text.join(' ')
def freq = allText.toLowerCase().findAll(/\p{L}{4,}/).countBy { it }
def top = freq.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }.take(3)
println "top words: $top"
customMetricService.upsertMetric('top_word', top.keySet().first())

def questionTurns = turns.findAll { it.text.endsWith('?') }*.seq
println "questions at $questionTurns"
execution.setVariable('questionCount', questionTurns.size())

def lengths = turns.collect { it.text.codePointCount(0, it.text.length()) }
println "lengths $lengths, max ${lengths.max()}, min ${lengths.min()}"
log.info("turns=${turns.size()} recent=${recent.size()}")
def emojiTurns = turns.findAll { t -> t.text.codePoints().anyMatch { cp -> cp > 0xFFFF } }
println "emoji turns: ${emojiTurns*.seq}"
