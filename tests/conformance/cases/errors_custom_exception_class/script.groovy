class FlowException extends RuntimeException {
    String code
    FlowException(String code, String message) {
        super(message)
        this.code = code
    }
}
def step(int n) {
    if (n == 3) throw new FlowException("E_STEP", "step ${n} failed".toString())
    "step ${n} ok"
}
try {
    (1..5).each { println step(it) }
} catch (FlowException e) {
    println "${e.code}: ${e.message}"
    println e instanceof RuntimeException
}
step(3)
