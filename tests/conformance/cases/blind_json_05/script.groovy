import groovy.json.JsonOutput
import groovy.json.JsonSlurper

// Round-trip multilingual replies through JSON (the custom UI receives escaped JSON).
def replies = execution.getVariable("replies")

replies.each { lang, text ->
    String json = JsonOutput.toJson([lang: lang, text: text])
    println json
    def back = new JsonSlurper().parseText(json)
    println "  round-trip equal: ${back.text == text}, length ${text.length()}"
}

def special = [
        quote    : 'say "cheese"',
        backslash: 'C:\\temp\\file',
        newline  : "line1\nline2",
        tab      : "a\tb",
        control  : "bell\u0007",
        slash    : "</div>",
        emoji    : "ok \uD83D\uDC4D"
]
special.each { k, v -> println "${k}: ${JsonOutput.toJson(v)}" }

String escaped = JsonOutput.toJson(special)
def parsed = new JsonSlurper().parseText(escaped)
println "all equal after round-trip: ${special.every { k, v -> parsed[k] == v }}"

def parsedUnicode = new JsonSlurper().parseText('{"name":"Ren\\u00e9e","city":"Z\\u00fcrich"}')
println "decoded: ${parsedUnicode.name} from ${parsedUnicode.city}"

execution.setVariable("uiPayload", JsonOutput.toJson(replies))
customMetricService.upsertMetric("reply_langs", replies.keySet().join("|"))
