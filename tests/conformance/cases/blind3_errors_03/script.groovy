// JDK exceptions a flow script hits in practice, caught and described one by one
def data = execution.getVariable('payload')
def report = []

def probe = { String label, Closure body ->
    try {
        def v = body()
        report << "${label}: ok (${v})"
    } catch (NullPointerException e) {
        report << "${label}: NPE"
    } catch (IndexOutOfBoundsException e) {
        report << "${label}: ${e.class.simpleName} ${e.message}"
    } catch (ArithmeticException e) {
        report << "${label}: arithmetic ${e.message}"
    } catch (NumberFormatException e) {
        report << "${label}: number ${e.message}"
    } catch (ClassCastException e) {
        report << "${label}: cast"
    } catch (MissingPropertyException e) {
        report << "${label}: missing property ${e.property}"
    } catch (MissingMethodException e) {
        report << "${label}: missing method ${e.method}"
    } catch (UnsupportedOperationException e) {
        report << "${label}: unsupported"
    } catch (IllegalArgumentException e) {
        report << "${label}: illegal argument ${e.message}"
    }
}

probe('null deref') { data.customer.middleName.length() }
probe('list index') { data.items.get(5) }
probe('negative idx') { data.items[-1] }
probe('divide by zero') { data.count / 0 }
probe('int divide') { 10.intdiv(data.zero) }
probe('parse int') { Integer.parseInt(data.code) }
probe('to integer') { data.code.toInteger() }
probe('bigdecimal') { new BigDecimal('12,5') }
probe('immutable') { [1, 2].asImmutable() << 3 }
probe('missing method') { data.items.frobnicate() }
probe('string index') { 'abc'.charAt(10) }
probe('enum') { java.time.DayOfWeek.valueOf('FUNDAY') }
probe('substring') { 'hello'.substring(3, 1) }
probe('safe nav') { data.customer?.address?.city?.toUpperCase() }
probe('elvis') { data.customer.nickname ?: 'n/a' }
report.each { println it }
execution.setVariable('probeReport', report)
customMetricService.upsertMetric('probe_failures', report.count { !it.contains(': ok') }.toString())
log.info("${report.size()} probes run")
