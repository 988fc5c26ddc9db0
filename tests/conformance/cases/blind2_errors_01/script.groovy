// Payment step with a custom exception hierarchy and the documented best-practice catch
class PaymentException extends Exception {
    final String code
    PaymentException(String code, String msg, Throwable cause = null) {
        super(msg, cause)
        this.code = code
    }
}
class CardDeclinedException extends PaymentException {
    CardDeclinedException(String reason) { super('DECLINED', "card declined: ${reason}") }
}
class GatewayTimeoutException extends PaymentException {
    int attempts
    GatewayTimeoutException(int attempts) { super('TIMEOUT', "gateway timed out after ${attempts} attempts"); this.attempts = attempts }
}

def charge(Map p) {
    if (p.amount == null) throw new IllegalArgumentException('amount missing')
    if (p.amount <= 0) throw new PaymentException('INVALID', "invalid amount ${p.amount}")
    if (p.card?.endsWith('0002')) throw new CardDeclinedException('insufficient funds')
    if (p.card?.endsWith('0119')) throw new GatewayTimeoutException(3)
    return "AUTH-${p.card[-4..-1]}-${(p.amount * 100) as long}"
}

def payments = execution.getVariable('payments')
def results = [:]
payments.each { p ->
    def steps = []
    try {
        steps << 'start'
        def auth = charge(p)
        steps << 'charged'
        results[p.id] = auth
    } catch (CardDeclinedException e) {
        steps << 'declined'
        results[p.id] = e.code
    } catch (GatewayTimeoutException e) {
        steps << "timeout(${e.attempts})"
        results[p.id] = e.code
        log.warn("retry later: ${e.message}")
    } catch (PaymentException e) {
        steps << 'payment-error'
        results[p.id] = "${e.code}: ${e.message}".toString()
    } catch (Exception e) {
        steps << e.getClass().simpleName
        results[p.id] = 'ERROR'
        log.error("unexpected failure for ${p.id}", e)
        execution.setVariable('script_error', e.getMessage())
    } finally {
        steps << 'audit'
    }
    println "${p.id}: ${steps.join(' > ')} => ${results[p.id]}"
}

def hierarchy = [new CardDeclinedException('x'), new GatewayTimeoutException(1)].collect { e ->
    def chain = []
    def c = e.getClass()
    while (c != Object) { chain << c.simpleName; c = c.superclass }
    chain.join(' < ')
}
hierarchy.each { println it }

execution.setVariable('paymentResults', results)
customMetricService.upsertMetric('payments_ok', results.count { k, v -> v.startsWith('AUTH') }.toString())
log.info("processed ${payments.size()} payments")
