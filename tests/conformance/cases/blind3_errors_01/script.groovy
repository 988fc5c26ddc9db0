// Best-practice wrapper: try/catch around the whole script, script_error variable, custom exception
class BookingException extends RuntimeException {
    String code
    BookingException(String code, String message) {
        super(message)
        this.code = code
    }
}

def validate(Map req) {
    if (!req.guests) throw new BookingException('E_GUESTS', 'number of guests is required')
    if (req.guests > 8) throw new BookingException('E_TOO_MANY', "we cannot seat ${req.guests} guests")
    if (!(req.time ==~ /\d{2}:\d{2}/)) throw new IllegalArgumentException("bad time '${req.time}'")
    def hour = req.time[0..1] as int
    if (hour < 11 || hour > 22) throw new BookingException('E_CLOSED', "closed at ${req.time}")
    return true
}

def requests = execution.getVariable('requests')
def outcomes = []
requests.eachWithIndex { req, i ->
    try {
        validate(req)
        outcomes << "#${i}: ok"
    } catch (BookingException e) {
        outcomes << "#${i}: ${e.code} ${e.message}"
        log.warn("booking rejected: ${e.code}")
    } catch (IllegalArgumentException e) {
        outcomes << "#${i}: invalid input (${e.message})"
    } catch (Exception e) {
        outcomes << "#${i}: unexpected ${e.class.simpleName}: ${e.message}"
    }
}
outcomes.each { println it }
execution.setVariable('outcomes', outcomes)

try {
    def req = requests.last()
    def table = req.table.toUpperCase()
    println "table $table"
} catch (Exception e) {
    log.error("Script failed: " + e.getMessage(), e)
    execution.setVariable('script_error', e.getMessage())
    println "caught ${e.getClass().name}"
}
def okCount = outcomes.count { it.endsWith('ok') }
customMetricService.upsertMetric('bookings_ok', okCount.toString())
def e2 = new BookingException('E_X', 'boom')
println "${e2 instanceof RuntimeException} ${e2.code} ${e2.message} ${e2.cause}"
println e2.toString()
