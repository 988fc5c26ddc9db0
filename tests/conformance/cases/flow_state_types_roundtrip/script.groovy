// Values read from state keep their JSON-derived Java types.
execution.getVariableNames().each { name ->
    def v = execution.getVariable(name)
    println "${name}: ${v} (${v == null ? 'null' : v.getClass().simpleName})"
}
execution.setVariable("doubled", execution.getVariable("decimal") * 2)
execution.setVariable("nextLong", execution.getVariable("long") + 1)
execution.setVariable("double", 1.0d / 4)
execution.setVariable("nan", 0.0d / 0)
execution.setVariable("gstring", "value ${execution.getVariable('int')}")
execution.setVariable("nestedOut", [list: [1, [2, 3]], map: [k: 1.50]])
