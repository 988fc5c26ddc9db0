println execution.variableNames
println transientVariableService.variables
println customMetricService.allMetrics
println execution.variablesAsMap.size()
execution.variable = "x"
println "not reached"
