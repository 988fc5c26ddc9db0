// Authentication step with attempts tracking, lockout, and variables cleanup between turns
def maxAttempts = 3
def attempts = (transientVariableService.getVariable('pinAttempts') ?: 0) as int
def expectedHash = execution.getVariable('pinHash')
def entered = execution.getVariable('response')?.replaceAll(/\D/, '')

def hashPin = { String pin ->
    int h = 7
    pin.each { c -> h = (h * 31 + (c as int)) % 100003 }
    h
}

if (transientVariableService.getVariable('locked')) {
    execution.setVariable('authResult', 'LOCKED')
    println 'account is locked'
    return
}
attempts++
def ok = entered && entered.size() == 4 && hashPin(entered) == expectedHash
println "attempt ${attempts}: entered ${entered ? '*' * entered.size() : '(nothing)'} hash=${entered ? hashPin(entered) : null} ok=${ok}"
if (ok) {
    execution.setVariable('authResult', 'OK')
    transientVariableService.addVariable('pinAttempts', 0)
    execution.removeVariable('response')
    customMetricService.upsertMetric('auth', 'success')
} else if (attempts >= maxAttempts) {
    execution.setVariable('authResult', 'LOCKED')
    transientVariableService.addVariable('locked', true)
    transientVariableService.addVariable('pinAttempts', attempts)
    customMetricService.upsertMetric('auth', 'locked')
    log.warn("locked after ${attempts} attempts")
} else {
    execution.setVariable('authResult', 'RETRY')
    execution.setVariable('attemptsLeft', maxAttempts - attempts)
    transientVariableService.addVariable('pinAttempts', attempts)
}
println "result ${execution.getVariable('authResult')} vars=${execution.getVariableNames().sort()}"
println "contains response: ${execution.containsVariable('response')}"
def snapshot = execution.getVariablesAsMap().findAll { k, v -> k != 'pinHash' }
println "snapshot: ${snapshot.sort()}"
execution.setVariable('authTurns', ((execution.getVariable('authTurns') ?: []) + [attempts]))
log.info("auth turn done, attempts=${attempts}")
println "check 1234 -> ${hashPin('1234')}, 0000 -> ${hashPin('0000')}"
