// Script task: score the interaction with the shared library and store it as metrics.
int turns = (transientVariableService.getVariable("turns") ?: 0) as int
int escalations = (transientVariableService.getVariable("escalations") ?: 0) as int
boolean resolved = execution.getVariable("resolved") == true

def score = interactionScore(turns, escalations, resolved)
customMetricService.upsertMetric("interaction_score", score.toString())
customMetricService.upsertMetric("interaction_band", scoreBand(score))
score
