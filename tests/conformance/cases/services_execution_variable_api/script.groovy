println execution.getVariableNames()
println execution.containsVariable("name")
println execution.containsVariable("missing")
println execution.getVariable("missing")
execution.setVariable("greeting", "Hi ${execution.getVariable('name')}")
println execution.getVariable("greeting")
println execution.getVariable("greeting").class.simpleName
execution.removeVariable("tmp")
println execution.variableNames
def vars = execution.getVariablesAsMap()
vars.put("sneaky", 1)
println execution.containsVariable("sneaky")
println execution.variablesAsMap.keySet()
