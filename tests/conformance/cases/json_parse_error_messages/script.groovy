import groovy.json.JsonSlurper
def s = new JsonSlurper()
['{"ok":1}', '{bad json', '[1, 2', '{"a":1,}', '{"a":1', '[1,]', '{"a" 1}', '[1 2]', ' {"x": }', '{"a":tru}', '{"a":"x\\"y"}', '[1,\n 2,\n x]', '{"a":1} junk', '[-]', '{"a":1.2.3}', '{"a":12ab}', '{"a":[1,2}', '  '].each { text ->
    try {
        println "parsed ${s.parseText(text)}"
    } catch (Exception e) {
        println "failed: ${e.class.simpleName}: ${e.message}"
    }
}
