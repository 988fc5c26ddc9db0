// Export a structured summary of the conversation as a JSON metric, defensively.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def summary = [
    conversation: execution.conversationId(),
    intents     : transientVariableService.getVariable("intents") ?: [],
    resolved    : execution.getVariable("resolved") == true,
    durationSec : transientVariableService.getVariable("durationSec"),
]
// merge with what an earlier task already exported
def previous = customMetricService.getMetric("summary")
if (previous) {
    def old = new JsonSlurper().parseText(previous)
    summary.intents = (old.intents + summary.intents).unique()
}
try {
    customMetricService.upsertMetric("summary", JsonOutput.toJson(summary))
} catch (IllegalStateException e) {
    log.error("could not export the summary", e)
    transientVariableService.addVariable("summaryPending", JsonOutput.toJson(summary))
}
summary
