def history = []
execution.setVariable("history", history)
history << "first"
history << "second"
def profile = [name: "Ana"]
execution.setVariable("profile", profile)
profile.tier = "gold"
def fetched = execution.getVariable("history")
fetched << "third"
println execution.getVariable("history")
println history.is(fetched)
def counter = 1
execution.setVariable("counter", counter)
counter++
println execution.getVariable("counter")
