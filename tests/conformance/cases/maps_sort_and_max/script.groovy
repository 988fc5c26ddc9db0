def scores = [bo: 7, al: 9, cy: 7, di: 3]
println scores.sort()
println scores.sort { it.value }
println scores.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
println scores
println scores.max { it.value }
println scores.min { it.value }.key
println scores.sort { -it.value }.keySet().take(2)
println scores.sort().getClass().simpleName
println scores.toSorted { it.key }
