// Decide whether to escalate from the sentiment and the number of failed turns (clean).
def failed = (execution.getVariable("failedTurns") ?: 0) as int
def score = conversationService.getEmotionalSatisfactionScore() ?: 0.5
boolean escalate = failed >= 3 || score < 0.2
if (escalate) {
    incrementMetric("escalations")
    execution.setVariable("escalate", true)
}
escalate
