import groovy.json.JsonSlurper
def s = new JsonSlurper()
def inputs = ['{"ok":1}', '{bad json', '', '[1, 2']
inputs.each { text ->
    try {
        def r = s.parseText(text)
        println "parsed ${r}"
    } catch (Exception e) {
        println "failed: ${e.class.simpleName}"
    }
}
s.parseText("{nope")
println "not reached"
