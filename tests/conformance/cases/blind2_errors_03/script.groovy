// Validation layer that collects errors, then fails the task with a custom exception
class ValidationException extends RuntimeException {
    List<String> problems
    ValidationException(List<String> problems) {
        super("${problems.size()} validation problem(s): ${problems.join('; ')}".toString())
        this.problems = problems
    }
}

def form = execution.getVariable('form')
def problems = []

def require = { String field, Closure check, String msg ->
    def v = form[field]
    try {
        if (v == null || !check(v)) problems << "${field}: ${msg}".toString()
    } catch (Exception e) {
        problems << "${field}: ${e.class.simpleName}".toString()
    }
}

require('name', { it.trim().size() >= 2 }, 'too short')
require('email', { it ==~ /[^@\s]+@[^@\s]+\.\w+/ }, 'not an email')
require('age', { (it as int) in 18..120 }, 'out of range')
require('zip', { it.length() == 5 }, 'must have 5 digits')
require('country', { it in ['DE', 'FR', 'IT'] }, 'unsupported')
require('phone', { it.startsWith('+') }, 'needs country code')

println "problems found: ${problems.size()}"
problems.each { println " - ${it}" }

execution.setVariable('formProblems', problems)
customMetricService.upsertMetric('form_problems', problems.size().toString())
if (problems) {
    log.warn("form invalid: ${problems.size()} problems")
}

def assertMsg = null
try {
    assert form.name.size() > 10 : 'name should be long'
} catch (AssertionError e) {
    assertMsg = e.message
}
println "assert: ${assertMsg}"

if (problems.size() > 2) {
    throw new ValidationException(problems)
}
println 'form accepted'
