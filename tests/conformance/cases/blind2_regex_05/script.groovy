// Password and username policy feedback in the sign-up flow
def candidates = execution.getVariable('candidates')

def checks = [
    'at least 10 characters'    : { String p -> p.length() >= 10 },
    'an upper-case letter'      : { String p -> p =~ /[A-Z]/ },
    'a digit'                   : { String p -> p =~ /\d/ },
    'a symbol'                  : { String p -> p =~ /[^A-Za-z0-9\s]/ },
    'no 3 repeated characters'  : { String p -> !(p =~ /(.)\1\1/) },
    'no spaces'                 : { String p -> !p.contains(' ') }
]

def report = [:]
candidates.each { c ->
    def failed = checks.findAll { label, test -> !test(c.password) }.keySet()
    def userOk = c.user ==~ /^[a-z][a-z0-9_]{2,15}$/
    def containsUser = c.password.toLowerCase().contains(c.user.toLowerCase())
    def strength = checks.size() - failed.size() - (containsUser ? 2 : 0)
    report[c.user] = [ok: !failed && userOk && !containsUser, strength: strength]
    println "${c.user.padRight(12)} user ${userOk ? 'valid' : 'invalid'}; strength ${strength}/${checks.size()}" +
            (failed ? "; needs ${failed.join(', ')}" : '') + (containsUser ? '; contains username' : '')
}

def masked = candidates.collect { it.password.replaceAll(/(?<=.).(?=.)/, '*') }
println "masked: ${masked}"

def collapse = candidates*.password.collect { it.replaceAll(/(.)\1+/, '$1') }
println "collapsed: ${collapse}"

def camel = 'user_name_field'.replaceAll(/_([a-z])/) { all, ch -> ch.toUpperCase() }
def snake = 'displayNameValue'.replaceAll(/([A-Z])/, '_$1').toLowerCase()
println "camel=${camel} snake=${snake}"

def matcher = 'a1b22c333' =~ /([a-z])(\d+)/
println "pairs: ${matcher.collect { it[1] + ':' + it[2].size() }} count=${matcher.count}"
println "groovy truth of failed match: ${('abc' =~ /\d/) as boolean}"

execution.setVariable('passwordReport', report)
execution.setVariable('acceptedUsers', report.findAll { k, v -> v.ok }.keySet().toList())
customMetricService.upsertMetric('signup_rejections', report.count { k, v -> !v.ok }.toString())
log.info("policy checked for ${candidates.size()} candidates")
