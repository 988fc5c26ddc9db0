def prefix = "ID-"
def format(n) {
    return prefix + n
}
println "prefix is ${prefix}"
println format(1)
