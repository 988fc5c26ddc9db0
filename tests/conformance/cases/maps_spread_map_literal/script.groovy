def defaults = [lang: "en", channel: "chat", retries: 3]
def overrides = [channel: "voice"]
def merged = [*: defaults, *: overrides, debug: false]
println merged
def merged2 = defaults + overrides
println merged2 == merged.findAll { it.key != "debug" }
println defaults
def list = [1, 2]
def combined = [0, *list, 3]
println combined
