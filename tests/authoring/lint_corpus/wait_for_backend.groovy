// Polls the backend flag until it is ready, sleeping between attempts.
int attempts = 0
while (!transientVariableService.getVariable("backendReady") && attempts < 5) {
    Thread.sleep(2000)
    attempts++
}
execution.setVariable("backendAttempts", attempts)
