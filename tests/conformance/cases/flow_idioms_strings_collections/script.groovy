// string and collection idioms seen in flow scripts
def utter = "  I want to Cancel my ORDER #A-1234 please!  "
def norm = utter.trim().toLowerCase().replaceAll(/[^a-z0-9 #-]/, '')
println norm
def m = (utter =~ /#([A-Z])-(\d+)/)
if (m.find()) { println "${m.group(1)} ${m.group(2)} ${m.groupCount()}" }
println utter.tokenize().collect { it.capitalize() }.join('|')
println utter.split(/\s+/).findAll().size()
def words = norm.split(' ').toList()
println words.groupBy { it.size() }.collectEntries { k, v -> [(k): v.size()] }.sort()
println words.countBy { it[0] }.max { it.value }?.key
println words.inject(0) { acc, w -> acc + w.length() }
println words.withIndex().collect { w, i -> "$i:$w" }.take(3)
println words.indexed().find { k, v -> v == 'cancel' }
println words.sum { it.size() }
println words.toSorted { a, b -> b.size() <=> a.size() ?: a <=> b }.take(2)
println "%-8s|%5.2f|%03d".format('ab', 3.14159, 7)
println String.format('%,d', 1234567)
println 'abc'.padLeft(6, '*') + 'x'.multiply(3) + 'abcdef'[1..3] + 'abcdef'[-2..-1]
println 'Hello World'.findAll(/[A-Z]/).join()
println 'a,b,,c,'.split(',').size() + ' ' + 'a,b,,c,'.tokenize(',').size()
println '123'.isNumber() && !'12a'.isInteger()
println 'x=1;y=2'.split(';').collectEntries { it.split('=') as List }
println(['b': 2, 'a': 1].sort { it.value }.keySet())
def nested = [a: [b: [c: 42]]]
println nested.a.b.c + (nested?.x?.y ?: 0)
println nested.collect { k, v -> k + v.size() }
println([1, 2, 3].collate(2)) 
println([[1, 'a'], [2, 'b']].transpose())
println((1..10).step(3))
println([3, 1, 2].sort(false) + [3, 1, 2].max() + [3, 1, 2].min())
println([1, 2, 3, 4].findIndexValues { it % 2 == 0 })
println([a: 1, b: 2].findAll { it.value > 1 }.keySet().first())
println([1, [2, [3, [4]]]].flatten().sum())
println(['x', 'y'].permutations().size())
println([1, 2, 3].subsequences().size())
