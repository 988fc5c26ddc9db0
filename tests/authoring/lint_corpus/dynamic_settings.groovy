// Settings object answering any name from a map; checks a setting exists before reading it.
class Settings {
    Map values = [:]

    def propertyMissing(String name) {
        values[name]
    }
}

def settings = new Settings(values: [greeting: "Hi", maxTurns: 6])
def maxTurns = settings.hasProperty("maxTurns") ? settings.values.maxTurns : 10
execution.setVariable("maxTurns", maxTurns)
maxTurns
