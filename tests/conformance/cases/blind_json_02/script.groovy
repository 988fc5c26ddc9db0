import groovy.json.JsonOutput

// Serialise the conversation outcome for the analytics team.
def outcome = [
        conversationId: execution.conversationId(),
        resolved      : execution.getVariable("resolved"),
        intents       : execution.getVariable("intents"),
        csat          : execution.getVariable("csat"),
        handleSeconds : 431,
        ratio         : 0.75d,
        agent         : null,
        tags          : ["billing", "refund"] as Set,
        nested        : [level: 1, inner: [a: [1, 2, [3]]]]
]

String compact = JsonOutput.toJson(outcome)
println compact
println JsonOutput.prettyPrint(compact)

println JsonOutput.toJson("He said \"hi\"\tand left\n")
println JsonOutput.toJson([1, 2.5, -3e2, 10G, 1.50])
println JsonOutput.toJson(null)
println JsonOutput.toJson(true)
println JsonOutput.toJson('/path/to</script>')
println JsonOutput.toJson([:])
println JsonOutput.toJson([])

customMetricService.upsertMetric("outcome", compact)
customMetricService.upsertMetric("intent_count", JsonOutput.toJson(outcome.intents.size()))
execution.setVariable("outcomeJson", compact)
log.info("outcome serialised: ${compact.length()} chars")
