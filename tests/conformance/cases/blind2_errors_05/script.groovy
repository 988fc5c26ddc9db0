// Defensive data access: what fails, with which exception, when reading messy variables
def data = execution.getVariable('payload')

def attempts = [
    'missing key'       : { data.customer.address.city },
    'safe navigation'   : { data.customer?.address?.city ?: 'unknown city' },
    'bad index'         : { data.items[5].name },
    'list index get'    : { data.items.get(5) },
    'number parse'      : { data.quantity.toInteger() },
    'cast string to int': { (data.quantity as Integer) + 1 },
    'divide by zero'    : { data.total / data.count },
    'int divide by zero': { 10.intdiv(data.count) },
    'missing method'    : { data.items.frobnicate() },
    'missing property'  : { data.items[0].price.currency },
    'class cast'        : { (String) data.items },
    'null method'       : { data.discount.toUpperCase() }
]

def outcome = [:]
attempts.each { label, action ->
    try {
        def r = action()
        outcome[label] = "ok: ${r}".toString()
    } catch (NullPointerException e) {
        outcome[label] = 'NPE'
    } catch (ArithmeticException e) {
        outcome[label] = "Arithmetic: ${e.message}".toString()
    } catch (MissingMethodException e) {
        outcome[label] = "MissingMethod: ${e.method}".toString()
    } catch (MissingPropertyException e) {
        outcome[label] = "MissingProperty: ${e.property}".toString()
    } catch (Exception e) {
        outcome[label] = e.class.simpleName
    }
}
outcome.each { k, v -> println "${k.padRight(20)} -> ${v}" }

def okCount = outcome.count { k, v -> v.startsWith('ok') }
execution.setVariable('accessOutcome', outcome)
customMetricService.upsertMetric('access_ok', okCount.toString())
log.info("${okCount}/${attempts.size()} accesses succeeded")

def total = data.items.sum { it.price * it.qty }
println "total ${total}"
