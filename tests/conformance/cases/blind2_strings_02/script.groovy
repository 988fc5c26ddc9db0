import groovy.text.SimpleTemplateEngine

// Email templates kept as Groovy templates in a variable, rendered per recipient
def templateText = execution.getVariable('template')
def recipients = execution.getVariable('recipients')

def engine = new SimpleTemplateEngine()
def template = engine.createTemplate(templateText)

def rendered = recipients.collect { r ->
    def binding = [name: r.name, plan: r.plan, days: r.daysLeft, features: r.features ?: []]
    template.make(binding).toString()
}
rendered.eachWithIndex { text, i ->
    println "--- mail ${i + 1} ---"
    println text
}

def subjectFor = { r ->
    switch (r.daysLeft) {
        case 0: return "${r.name}, your ${r.plan} plan ends today"
        case 1..3: return "Only ${r.daysLeft} day${r.daysLeft == 1 ? '' : 's'} left on ${r.plan}"
        case { it > 30 }: return 'Thanks for being with us'
        default: return "Your ${r.plan} plan renews soon"
    }
}
recipients.each { println "subject: ${subjectFor(it)}" }

def table = recipients.collect { r -> [r.name.center(12, '.'), r.plan.toUpperCase().padLeft(8), r.daysLeft.toString().padLeft(3, '0')].join('|') }
table.each { println it }

def initialsList = recipients*.name.collect { it.split(/[\s-]/)*.getAt(0)*.toUpperCase().join('.') + '.' }
println "initials: ${initialsList}"

execution.setVariable('renderedMails', rendered.size())
execution.setVariable('firstMail', rendered[0])
customMetricService.upsertMetric('mails_rendered', rendered.size().toString())
log.info("rendered ${rendered.size()} mails")
