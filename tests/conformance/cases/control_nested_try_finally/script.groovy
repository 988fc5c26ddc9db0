def trail = []
def run(List trail, boolean failInner, boolean failOuter) {
    try {
        trail << "outer-start"
        try {
            trail << "inner-start"
            if (failInner) throw new IllegalArgumentException("inner")
            trail << "inner-end"
        } catch (IllegalArgumentException e) {
            trail << "inner-caught"
            if (failOuter) throw new IllegalStateException("outer")
        } finally {
            trail << "inner-finally"
        }
        trail << "outer-end"
    } catch (IllegalStateException e) {
        trail << "outer-caught"
    } finally {
        trail << "outer-finally"
    }
    trail
}
println run([], false, false)
println run([], true, false)
println run([], true, true)
