def stack = [1, 2, 3]
stack.push(4)
println stack
def top = stack.pop()
println top
println stack
stack << 5
println stack.pop()
println stack
def q = []
q.push("a")
q.push("b")
println q
println q.pop()
println q
q.pop()
try {
    q.pop()
} catch (NoSuchElementException e) {
    println "empty pop: ${e.class.simpleName}"
}
