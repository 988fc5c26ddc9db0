// Nested try/finally ordering, rethrow with cause chain, and an uncaught error at the end
def trace = []

def step = { String name, boolean fail ->
    trace << "enter ${name}"
    try {
        if (fail) throw new IllegalStateException("${name} failed")
        trace << "body ${name}"
        return name.toUpperCase()
    } finally {
        trace << "finally ${name}"
    }
}

def outer = { ->
    try {
        step('a', false)
        try {
            step('b', true)
        } catch (IllegalStateException e) {
            trace << "inner caught: ${e.message}"
            throw new RuntimeException('wrapped', e)
        } finally {
            trace << 'inner finally'
        }
    } catch (RuntimeException e) {
        trace << "outer caught: ${e.message} <- ${e.cause?.message}"
        def root = e
        while (root.cause != null) root = root.cause
        trace << "root: ${root.class.simpleName}"
        return 'recovered'
    } finally {
        trace << 'outer finally'
    }
}

def r = outer()
trace.each { println it }
println "result: $r"
execution.setVariable('trace', trace*.toString())

def counter = transientVariableService.getVariable('errorCount') ?: 0
def limits = execution.getVariable('limits')
try {
    assert limits.max > limits.min : "max must exceed min"
    println 'limits ok'
} catch (AssertionError ae) {
    counter++
    println "assertion: ${ae.message.readLines()[0]}"
}
transientVariableService.addVariable('errorCount', counter)
customMetricService.upsertMetric('error_count', counter.toString())
log.error('about to fail on purpose')
def required = execution.getVariable('mustExist')
if (required == null) {
    throw new IllegalArgumentException('mustExist is required for this flow')
}
println 'not reached'
