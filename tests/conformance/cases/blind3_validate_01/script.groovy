// Email capture: validate, normalise, suggest a fix for common domain typos
def input = execution.getVariable('emailInput')?.trim()
def typos = ['gmial.com': 'gmail.com', 'gmal.com': 'gmail.com', 'hotmial.com': 'hotmail.com', 'yaho.fr': 'yahoo.fr', 'outlok.com': 'outlook.com']
def emailRe = ~/^(?<local>[A-Za-z0-9._%+-]+)@(?<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})$/

def result = [input: input, valid: false]
def m = input =~ emailRe
if (m.matches()) {
    def local = m.group('local')
    def domain = m.group('domain').toLowerCase()
    result.valid = true
    result.normalised = "${local}@${domain}".toString()
    if (typos.containsKey(domain)) {
        result.suggestion = "${local}@${typos[domain]}".toString()
    }
    if (domain == 'gmail.com' || typos[domain] == 'gmail.com') {
        result.canonical = local.replace('.', '').replaceAll(/\+.*$/, '').toLowerCase() + '@gmail.com'
    }
} else {
    def problems = []
    if (!input.contains('@')) problems << 'missing @'
    if (input.count('@') > 1) problems << 'more than one @'
    if (input =~ /\s/) problems << 'contains spaces'
    if (input ==~ /.*@[^.]+$/) problems << 'domain has no dot'
    result.problems = problems
}
println result
execution.setVariable('emailCheck', result)
customMetricService.upsertMetric('email_valid', result.valid.toString())

def batch = ['Jane.Doe+news@GMAIL.com', 'bad@@example.com', 'no-at-sign.example.com', 'a b@c.de', 'x@localhost', 'ok_1@sub.domain.co.uk']
batch.each { e ->
    def mm = e =~ emailRe
    println "${e.padRight(26)} -> ${mm.matches() ? 'ok ' + mm.group('domain') : 'invalid'}"
}
def domains = batch.findAll { it ==~ emailRe }.collect { (it =~ emailRe)[0][2].toLowerCase() }
println "domains: $domains"
log.info("email check for input of length ${input?.length()}")
def masked = input.replaceAll(/(?<=.).(?=[^@]*@)/, '*')
println "masked: $masked"
