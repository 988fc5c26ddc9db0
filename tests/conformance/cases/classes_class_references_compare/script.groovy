// A class reference is one value: ==, is, equals, hashCode, in collections, a superclass walk that stops at Object
def a = Object
def b = Object
println(a == b)
println(a.is(b))
println(String == String)
println(Integer == Long)
println(Object.equals(Object))
println(String.hashCode() == String.hashCode())
println(Integer.toString())
println([String, Integer].contains(Integer))
class AppError extends RuntimeException { AppError(String m) { super(m) } }
class DataError extends AppError { DataError(String m) { super(m) } }
def c = DataError
while (c != Object) { print c.simpleName + " "; c = c.superclass }
println()
println(Object == Object)
println(DataError.superclass.superclass.superclass.superclass == Object)
println RuntimeException.superclass
def cls = new DataError("x").getClass()
println cls.superclass.superclass
