// Evaluates a routing rule stored as Groovy text in a process variable.
def rule = execution.getVariable("routingRule") ?: "true"
def matched = Eval.me("intent", execution.getVariable("intent"), rule)
execution.setVariable("ruleMatched", matched)
