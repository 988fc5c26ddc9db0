def user = [name: "Ana", cart: [3, 4]]
println "Hi ${user.name}, you have ${user.cart.size()} items totalling ${user.cart.sum()}"
println "Hi $user.name"
println "Math: ${1 + 2 * 3}"
println "Nested: ${"inner ${user.name.toUpperCase()}"}"
println "Escaped: \${user.name}"
println 'Single: ${user.name}'
def n = 5
def lazy = "count=${-> n}"
def eager = "count=${n}"
n = 6
println lazy
println eager
println "${user.cart.collect { it * 2 }}"
println "dollar at end \$"
println "${null}"
