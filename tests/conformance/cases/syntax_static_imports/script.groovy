// Static imports of allow-listed classes: methods, fields, aliases and star imports.
import static java.lang.Math.max
import static java.lang.Math.*
import static java.lang.Integer.parseInt as toInt
import static java.util.Collections.emptyList
println max(3, 4)
println abs(-2) + min(1, 5)
println PI
println toInt("42") + 1
println emptyList()
def f(x) { sqrt(x) }
println f(16)
def min = 7
println min
class C { def m() { max(10, 20) } }
println new C().m()
println([1, 2].collect { pow(it, 2) })
execution.setVariable("biggest", max(2, 9))
println E.class.simpleName
println toInt("x")
