// final fields: set by their constructor or initialiser; from outside (and by a map constructor) a ReadOnlyPropertyException; no setter
class C {
    final String id
    final int n = 5
    C(String id) { this.id = id }
}
def c = new C('a')
println c.id + c.n
try { c.id = 'z' } catch (e) { println e.getClass().simpleName + ': ' + e.message }
try { c.n = 7 } catch (e) { println e.getClass().simpleName + ': ' + e.message }
try { c.setId('q') } catch (e) { println e.getClass().simpleName }
class D { final String k }
try { println new D(k: 'v').k } catch (e) { println e.getClass().simpleName + ': ' + e.message }
