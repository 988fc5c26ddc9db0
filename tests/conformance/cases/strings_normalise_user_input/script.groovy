def samples = ["  Yes!! ", "NO.", "y", "nope", " Maybe later ", "YES please", ""]
def normalise = { String s -> s.trim().toLowerCase().replaceAll(/[^a-z ]/, "") }
samples.each { raw ->
    def n = normalise(raw)
    def intent = n in ["yes", "y", "yes please"] ? "affirm" : n.startsWith("no") ? "deny" : n ? "other" : "empty"
    println "'${raw}' -> '${n}' -> ${intent}"
}
