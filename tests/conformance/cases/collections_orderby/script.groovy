def people = [[n: "b", a: 3], [n: "a", a: 3], [n: "c", a: 1], [n: null, a: 2], [n: "d", a: null]]
println people.sort(false, new OrderBy({ it.a }))*.n
println people.sort(false, new OrderBy([{ it.a }, { it.n }]))*.n
println people.sort(false, new OrderBy([{ -(it.a ?: 0) }, { it.n }]))*.n
def ob = new OrderBy()
ob.add { it.n }
println people.sort(false, ob)*.n
println ob.compare([n: "x"], [n: "y"])
println ob.compare([n: "y"], [n: "x"])
println ob.compare([n: "x"], [n: "x"])
println new OrderBy({ it }).compare(1, 2.5)
println new OrderBy({ it }).compare("b", "a")
println new OrderBy({ it }).compare([1], [2])
println new OrderBy({ it }, true).compare([1], [2])
println new OrderBy({ it }, true).compare([1], [1])
println new OrderBy(true).equalityCheck
println ob.isEqualityCheck()
ob.equalityCheck = true
println ob.equalityCheck
println new OrderBy({ it.size() }).compare("abc", "de")
println(new OrderBy() instanceof Comparator)
println([3, 1, 2].sort(new OrderBy({ -it })))
println(["bb", "a", "ccc"].toSorted(new OrderBy({ it.size() })))
println(["bb", "a", "ccc"].max(new OrderBy({ it.size() })))
def tm = new TreeSet(new OrderBy({ it.size() })); tm << "aa"; tm << "b"; tm << "cc"; println tm
println new OrderBy().compare(1, 2)
println new OrderBy().getClass().name
execution.setVariable("byAgeThenName", people.sort(false, new OrderBy([{ it.a }, { it.n }]))*.n)
