def attempt(Closure c) {
    try {
        return "ok:" + c()
    } catch (NumberFormatException e) {
        return "number format"
    } catch (ArithmeticException e) {
        return "arithmetic"
    } catch (NullPointerException e) {
        return "npe"
    } catch (IndexOutOfBoundsException e) {
        return "index:" + e.class.simpleName
    } catch (RuntimeException e) {
        return "runtime:" + e.class.simpleName
    }
}
println attempt { "12".toInteger() }
println attempt { "x1".toInteger() }
println attempt { 5.intdiv(0) }
println attempt { def s = null; s.length() }
println attempt { [1, 2].get(9) }
println attempt { "abc".substring(10) }
println attempt { "abc".nope() }
println attempt { throw new IllegalStateException("bad") }
