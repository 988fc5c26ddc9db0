import groovy.json.JsonOutput
import groovy.json.JsonSlurper
class Reply {
    String text
    int priority
    List<String> tags
}
def r = new Reply(text: "hi", priority: 2, tags: ["a"])
def json = JsonOutput.toJson(r)
def back = new JsonSlurper().parseText(json)
println back
println back.keySet()
println json.size()
def wrapped = new JsonSlurper().parseText(JsonOutput.toJson([reply: r, n: 1]))
println wrapped.reply.text
println wrapped.n
