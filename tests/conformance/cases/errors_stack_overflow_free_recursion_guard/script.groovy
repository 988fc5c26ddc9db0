def depthOf(Map node, int guard = 0) {
    if (guard > 50) throw new IllegalStateException("cycle detected")
    node.child ? 1 + depthOf(node.child, guard + 1) : 1
}
println depthOf([child: [child: [:]]])
def loop = [name: "a"]
loop.child = loop
try {
    depthOf(loop)
} catch (IllegalStateException e) {
    println e.message
}
println "done"
