def trained_perf = transientVariableService.getVariable("trained_performance")
customMetricService.upsertMetric("trained_performance", trained_perf.toString())
println "trained_performance = ${trained_perf}"
println trained_perf.class.simpleName
