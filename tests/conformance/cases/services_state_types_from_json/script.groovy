def vars = execution.getVariablesAsMap()
vars.each { k, v -> println "${k}: ${v} (${v == null ? 'null' : v.getClass().simpleName})" }
println execution.getVariable("price") * 2
println execution.getVariable("count") + 1
println execution.getVariable("big") + 1
println execution.getVariable("items").sum()
println transientVariableService.getVariable("ratio").scale()
println customMetricService.getMetric("visits").toInteger() + 1
execution.setVariable("double", 0.1d + 0.2d)
execution.setVariable("decimal", 0.1 + 0.2)
execution.setVariable("ratio2", 1 / 3)
execution.setVariable("longVal", 2L ** 40)
