// Parse a pipe/colon formatted legacy record returned by the mainframe adapter.
String record = execution.getVariable("legacyRecord")

def fields = record.split(/\|/)
println "split count: ${fields.length}"
def tokens = record.tokenize("|")
println "tokenize count: ${tokens.size()}"

println "split: ${fields.collect { "[${it}]" }.join('')}"
println "tokenize: ${tokens.collect { "[${it}]" }.join('')}"

def kv = tokens.findAll { it.contains(":") }.collectEntries { t ->
    def idx = t.indexOf(":")
    [(t.substring(0, idx).trim().toLowerCase()): t.substring(idx + 1).trim()]
}
println "kv: ${kv}"

String name = kv.name ?: ""
def parts = name.tokenize(", ")
println "name parts: ${parts}"
String display = parts.size() >= 2 ? "${parts[1].toLowerCase().capitalize()} ${parts[0].toLowerCase().capitalize()}" : name
println "display: ${display}"

println "multi-char tokenize: ${'a;b,,c; d'.tokenize(';, ')}"
println "split with limit: ${'k=v=w'.split('=', 2).toList()}"
println "split trailing: ${'a,b,,'.split(',').toList()} vs ${'a,b,,'.split(',', -1).toList()}"
println "tokenize char: ${'x-y--z'.tokenize('-' as char)}"
println "readLines: ${'l1\nl2\r\nl3'.readLines()}"
println "words: ${'  spaced   out words '.split().toList()}"
println "trim: '${'  pad  '.trim()}' strip leading: '${'  pad  '.replaceAll(/^\s+/, '')}'"
println "case: ${'hello WORLD'.toUpperCase()} ${'hello WORLD'.toLowerCase()} ${'hello'.capitalize()} ${'Hello'.uncapitalize()}"

execution.setVariable("customerName", display)
execution.setVariable("accountStatus", kv.status)
execution.setVariable("recordFields", tokens.size())
customMetricService.upsertMetric("legacy_status", kv.status ?: "UNKNOWN")
