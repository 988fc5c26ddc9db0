// A list or map literal is a map-literal key without parentheses in Groovy 2.4.
def a = 5
def m1 = [[1, 2]: 3]
println m1
println m1.keySet().first().getClass().simpleName
def m2 = [[a: 1]: 'x']
println m2
println m2.keySet().first().getClass().simpleName
println([[1, 2]: 3, [3]: 4, b: 5])
println([[]: 1, [:]: 2])
println([[1, [2, 3]]: 'n', ([4]): 'p', [a]: 'v'])
def m7 = [
  [1]: 'a',
  [x: [2]]: 'b'
]
println m7
println m7[[1]]
def nested = [[1]: [[2]: [[3]: 4]]]
println nested[[1]][[2]][[3]]
println(([[1, 2]: 3] + [[4]: 5]).keySet())
def f(Map m, y) { [m, y] }
println f([1]: 2, 3)
println([[1]: 2].collect { k, v -> k.sum() + v })
