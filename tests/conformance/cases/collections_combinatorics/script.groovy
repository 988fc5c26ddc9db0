// permutations() and subsequences() are HashSets (Java hash order, Groovy's insertion order within a
// bucket); combinations() stops at an empty group and takes a String as its characters;
// Collections.addAll with an array gives the array's elements.
println([1,2,3].permutations())
println([1,2,3].subsequences())
println(['b','a'].permutations())
println([1,1].permutations())
println(['ab', [1,2]].combinations())
println([[1,2],[]].combinations())
println([].combinations())
def p = [1,2,3].permutations(); println p.getClass().simpleName; p << [9]; println p.contains([9])
println([[1,[2]],[3]].subsequences())
println Collections.addAll([1], ([] as Object[]))
println Collections.addAll([1], ([2,3] as Object[]))
def l=[1]; Collections.addAll(l, 4, 5); println l
println Collections.addAll([1], (["x"] as String[]))
