// Enums and exception classes use their own fields directly too; callers go through getters.
enum Level {
    LOW(1), MEDIUM(3), HIGH(5)

    final int weight
    Level(int w) { weight = w }

    int getWeight() { weight * 10 }
    String describe() { name().toLowerCase() + ":" + weight + "/" + this.weight + "/" + getWeight() }
    static Level parse(String s) { values().find { it.name() == s?.toUpperCase() } ?: LOW }
}

class FlowError extends RuntimeException {
    String code
    int attempts = 0

    FlowError(String message, String code) {
        super(message)
        this.code = code
    }

    String getCode() { code ? "E-" + code : "E-000" }
    void setAttempts(int a) { attempts = Math.min(a, 3) }
    String detail() { "[" + code + "] " + message + " after " + attempts }
}

println Level.values().collect { it.describe() }
println Level.HIGH.weight
println Level.parse("medium").@weight
println Level.parse(null)

def err = new FlowError("payment failed", "42")
err.attempts = 7
println err.code + " " + err.@code + " " + err.detail()
err.@attempts = 9
println err.detail()
try {
    throw new FlowError("no route", null)
} catch (FlowError e) {
    println e.code + " " + e.detail() + " " + (e instanceof RuntimeException)
}
execution.setVariable("levels", Level.values().collect { it.weight })
