// GString behaviour that surprises people: laziness, map keys, equality.
int counter = 1
def eager = "count=${counter}"
def lazy = "count=${-> counter}"
counter = 2
println "eager: ${eager}, lazy: ${lazy}"
counter = 3
println "lazy again: ${lazy}"

def key = "user${1}"
def map = [(key): "gstring key", user2: "string key"]
println "map[key]: ${map[key]}"
println "map['user1']: ${map['user1']}"
println "map.get('user1'): ${map.get('user1')}"
println "containsKey('user1'): ${map.containsKey('user1')}"
println "map['user' + 2]: ${map['user' + 2]}, map[\"user\${2}\"]: ${map["user${2}"]}"

def gs = "a${1}"
println "== : ${gs == 'a1'}, equals: ${gs.equals('a1')}, toString equals: ${gs.toString().equals('a1')}"
println "class: ${gs.getClass().simpleName}, in list: ${'a1' in [gs]}, list contains: ${[gs].contains('a1')}"
println "set of GString+String: ${[gs, 'a1'].toSet().size()}"

def name = "Zoë"
def sb = new StringBuilder()
sb << "Hello, " << name << "!"
println sb.toString() + " (len ${sb.length()})"

def template = { String who, int n -> "Dear ${who}, you have ${n} new message${n == 1 ? '' : 's'}." }
println template("Ana", 1)
println template("Ben", 4)

def values = execution.getVariable("values")
def joined = values.collect { "<${it}>" }.join(",")
println joined
println "with nulls: ${values}"
println "method in GString: ${values.size()} ${values*.toString()}"
println "nested: ${"inner ${"deep ${1 + 1}"}"}"

execution.setVariable("lazyText", lazy)
execution.setVariable("joined", joined)
transientVariableService.addVariable(key, "stored with GString name")
customMetricService.upsertMetric("gstring_metric", "value ${counter}")
