// collectNested recurses into nested collections; eachPermutation visits every ordering in index order
println([1, [2, [3]]].collectNested { it + 1 })
println(([1, [2, 3] as Set] as Set).collectNested { it * 2 })
println([].collectNested { it })
println([1,[2]].collectNested([9]) { it * 3 })
def c = 0; [1, 2, 3].eachPermutation { c++; print it }
println c
println([[1,2],[3]].collectNested { it * 10 }.getClass().name)
