// Domain exceptions for the claims flow.
class ClaimException extends RuntimeException {
    final String code
    final boolean retryable

    ClaimException(String code, String message, boolean retryable = false) {
        super(message)
        this.code = code
        this.retryable = retryable
    }

    String toString() { "ClaimException[${code}]: ${message}" }
}

class PolicyExpiredException extends ClaimException {
    PolicyExpiredException(String policy) {
        super("EXPIRED", "Policy ${policy} has expired".toString())
    }
}

void validateClaim(Map claim) {
    if (!claim.policy) throw new ClaimException("MISSING_POLICY", "No policy number")
    if (claim.policy.startsWith("OLD")) throw new PolicyExpiredException(claim.policy)
    if (claim.amount > 10000) throw new ClaimException("LIMIT", "Amount ${claim.amount} over limit", true)
}

def claims = execution.getVariable("claims")
def accepted = []
claims.each { claim ->
    try {
        validateClaim(claim)
        accepted << claim.id
        println "${claim.id}: accepted"
    } catch (PolicyExpiredException e) {
        println "${claim.id}: expired -> ${e.message} (code ${e.code})"
    } catch (ClaimException e) {
        println "${claim.id}: ${e} retryable=${e.retryable}"
        log.warn("claim ${claim.id} rejected", e)
    }
}

def ex = new PolicyExpiredException("OLD-1")
println "is ClaimException: ${ex instanceof ClaimException}, is RuntimeException: ${ex instanceof RuntimeException}"
println "superclass: ${ex.getClass().superclass.simpleName}"

execution.setVariable("acceptedClaims", accepted)
customMetricService.upsertMetric("claims_accepted", accepted.size().toString())

def urgent = claims.find { it.urgent }
validateClaim(urgent)
