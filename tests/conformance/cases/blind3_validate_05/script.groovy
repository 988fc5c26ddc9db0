// Password and username rules with lookaheads, plus a template renderer with placeholders
def username = execution.getVariable('username')
def password = execution.getVariable('password')

def rules = [
    'at least 10 characters'   : /^.{10,}$/,
    'an upper-case letter'     : /^(?=.*[A-Z]).*$/,
    'a lower-case letter'      : /^(?=.*[a-z]).*$/,
    'a digit'                  : /^(?=.*\d).*$/,
    'a symbol'                 : /^(?=.*[^\w\s]).*$/,
    'no spaces'                : /^\S*$/,
]
def failed = rules.findAll { label, re -> !(password ==~ re) }.keySet()
def strength = rules.size() - failed.size()
println "password strength ${strength}/${rules.size()}"
if (failed) println "Your password needs ${failed.join(', ')}."
def repeats = (password =~ /(.)\1{2,}/).collect { it[0] }
println "repeated runs: $repeats"
if (password.toLowerCase().contains(username.toLowerCase())) println 'password contains username'

def userOk = username ==~ /(?i)^[a-z][a-z0-9_.]{2,15}$/ && !(username =~ /[._]{2}/)
println "username ok: $userOk"
execution.setVariable('passwordStrength', strength)
execution.setVariable('usernameOk', userOk)
customMetricService.upsertMetric('pwd_strength', strength.toString())

def template = execution.getVariable('template')
def values = [name: username.capitalize(), count: 3, link: 'https://example.com/reset']
def rendered = template.replaceAll(/\{\{\s*(\w+)\s*(?:\|\s*(\w+))?\s*\}\}/) { all, key, filter ->
    def v = values.containsKey(key) ? values[key].toString() : "<${key}?>"
    switch (filter) {
        case 'upper': return v.toUpperCase()
        case 'lower': return v.toLowerCase()
        case null: return v
        default: return v + "[${filter}]"
    }
}
println rendered
execution.setVariable('renderedMessage', rendered)
def placeholders = (template =~ /\{\{\s*(\w+)/).collect { it[1] }.unique()
println "placeholders: $placeholders, unknown: ${placeholders - values.keySet()}"
log.info "rendered ${rendered.length()} chars"
def splitWords = 'CamelCaseUserID42Name'.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=\D)(?=\d)/)
println splitWords.toList()
println 'a1b22c333'.replaceAll(/\d+/) { it.size().toString() }
println 'x-y_z w'.tokenize('-_ ')
