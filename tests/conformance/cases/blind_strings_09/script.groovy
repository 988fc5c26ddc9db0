import groovy.text.SimpleTemplateEngine

// Render localized reply templates with placeholders.
def templates = [
        en: 'Hi ${name}, your ${product} will arrive on ${date}.${vip ? " Thanks for being a VIP!" : ""}',
        es: 'Hola ${name}, tu ${product} llegará el ${date}.',
        short: 'Order <%= id %>: <% items.each { %>[<%= it %>]<% } %>'
]

def ctx = execution.getVariable("ctx")
def engine = new SimpleTemplateEngine()

String en = engine.createTemplate(templates.en).make(new LinkedHashMap(ctx)).toString()
String es = engine.createTemplate(templates.es).make(new LinkedHashMap(ctx)).toString()
String sh = engine.createTemplate(templates.short).make([id: ctx.orderId, items: ctx.items]).toString()
println en
println es
println sh

// hand-rolled {placeholder} replacement used by older flows
String legacy = "Dear {name}, ticket {ticket} is {status}. {unknown}"
def values = [name: ctx.name, ticket: "T-9", status: "closed"]
String rendered = legacy.replaceAll(/\{(\w+)\}/) { all, k -> values.containsKey(k) ? values[k] : all }
println rendered

def binding = [name: "Sam", n: 3]
String viaGString = "Hello ${binding.name}, you have ${binding.n} alerts"
println viaGString

def missing = ctx.findAll { k, v -> v == null }.keySet()
println "null fields: ${missing}"

execution.setVariable("replyEn", en)
execution.setVariable("replyEs", es)
customMetricService.upsertMetric("template_lang", ctx.lang ?: "en")

String broken = engine.createTemplate('Hi ${customer.first}').make([name: "x"]).toString()
println broken
