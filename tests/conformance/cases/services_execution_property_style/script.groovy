// Java bean getters are reachable as properties from Groovy.
println execution.id
println execution.variableNames
println execution.variablesAsMap.size()
def total = execution.getVariable("price") * execution.getVariable("qty")
execution.setVariable("total", total)
println total
println total.class.simpleName
