// GDK iteration methods run on null as on an empty collection (Groovy's NullObject); others are NPEs
def t = { c -> try { println c() } catch (e) { println e.getClass().simpleName + ': ' + e.message } }
def x = null
t { x.each { println 'never' }; 'each ok' }
t { x.collect { it } }
t { x.findAll { it } }
t { x.find { it } }
t { x.any { it } }
t { x.every { it } }
t { x.inject(0) { a, b -> a + b } }
t { x.eachWithIndex { a, i -> }; 'ewi' }
t { x.size() }
t { x.isEmpty() }
t { x.asBoolean() }
t { x.is(null) }
t { x.toList() }
t { x.join(',') }
t { x.sum() }
t { x.getAt(0) }
t { x?.size() }
t { x.with { 1 } }
t { x.grep() }
t { x.count(1) }
t { x.split { it } }
t { for (i in x) { println i }; 'for ok' }
