// Count failed attempts at understanding the user; after the third, hand off to an agent.
final int MAX_ATTEMPTS = 3

int attempts = ((execution.getVariable("attempts") ?: 0) as int) + 1
execution.setVariable("attempts", attempts)

if (attempts >= MAX_ATTEMPTS) {
    execution.setVariable("handoff", true)
    execution.setVariable("handoffMessage",
        "Let me connect you with a colleague who can help.".toString())
    log.warn("hand-off after ${attempts} attempts")
    customMetricService.upsertMetric("handoff_after", attempts.toString())
} else {
    execution.setVariable("handoff", false)
    execution.setVariable("retryPrompt",
        "Sorry, I didn't get that. Could you rephrase? (${MAX_ATTEMPTS - attempts} tries left)".toString())
}
attempts
