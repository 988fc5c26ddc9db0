// Order of try/catch/finally side effects, return values and nested handlers
def trace = []

def risky = { int n ->
    trace << "risky(${n})"
    if (n % 3 == 0) throw new IllegalStateException("multiple of three: ${n}")
    if (n > 7) throw new ArithmeticException('too big')
    n * 10
}

def safeCall(Closure c, Object arg, List trace) {
    try {
        return c(arg)
    } catch (IllegalStateException | ArithmeticException e) {
        trace << "caught ${e.class.simpleName}"
        return -1
    } finally {
        trace << 'finally'
    }
}

def values = (1..9).collect { safeCall(risky, it, trace) }
println "values: ${values}"
println "trace size: ${trace.size()} last: ${trace[-3..-1]}"

def finallyWins() {
    try {
        return 'from try'
    } finally {
        println 'finally runs before the return value is used'
    }
}
println finallyWins()

def nested = []
try {
    try {
        nested << 'inner try'
        Integer.parseInt('12x')
    } catch (NumberFormatException e) {
        nested << "inner catch: ${e.message}"
        throw new RuntimeException('wrapped', e)
    } finally {
        nested << 'inner finally'
    }
} catch (RuntimeException e) {
    nested << "outer catch: ${e.message} / cause ${e.cause.class.simpleName}"
}
nested.each { println it }

def err = null
try {
    [1, 2, 3].each { if (it == 2) throw new UnsupportedOperationException("stop at ${it}") }
} catch (e) {
    err = e
}
println "closure exception: ${err.class.name} ${err.message}"

def npe = null
try {
    String s = null
    s.length()
} catch (NullPointerException e) {
    npe = e.class.simpleName
}
println "npe: ${npe}"

execution.setVariable('values', values)
execution.setVariable('traceLength', trace.size())
customMetricService.upsertMetric('failed_calls', values.count(-1).toString())
log.info("error handling demo finished")
