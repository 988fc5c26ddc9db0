println transientVariableService.hasVariable("user")
def returned = transientVariableService.addVariable("user", "alice")
println returned
println transientVariableService.hasVariable("user")
transientVariableService.addVariable("attempts", 1)
transientVariableService.addVariable("attempts", transientVariableService.getVariable("attempts") + 1)
transientVariableService.addVariables([lang: "en", score: 0.75, tags: ["a", "b"]])
def vars = transientVariableService.getVariables()
println vars
vars.put("local_only", true)
println transientVariableService.hasVariable("local_only")
println transientVariableService.getVariable("attempts").class.simpleName
