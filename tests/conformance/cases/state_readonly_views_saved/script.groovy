// A read-only view (asImmutable, Collections.unmodifiable*) stored as a variable is saved as the list, set or map it shows
def m = [milk: 4, bread: 1].asImmutable()
execution.setVariable("cart", m)
execution.setVariable("list", Collections.unmodifiableList([1, [2, 3]]))
transientVariableService.addVariable("set", ([1, 2] as Set).asImmutable())
execution.setVariable("empty", Collections.EMPTY_MAP)
println execution.getVariable("cart").getClass().simpleName
