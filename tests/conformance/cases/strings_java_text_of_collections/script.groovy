// Java's toString (String.valueOf, StringBuilder.append, String.format %s, a logger) differs
// from Groovy's printing: maps are {k=v} and ranges 1..3, at any depth
def l = [1, [a: 1, b: [2, 'x']], [2, 3] as Set, 1..3, "s", null, 1.50G, 2.0d, 'c' as char]
println String.valueOf(l)
println String.valueOf([a: 1..3, b: l[2]])
println String.valueOf(1..3)
println String.valueOf(3..1)
println String.valueOf('a'..'c')
println String.valueOf([1..<3])
def sb = new StringBuilder()
sb.append([k: [1, null]])
sb.append(' ').append(1..2)
println sb
def self = [1]
self << self
println String.valueOf(self)
def m = [:]
m.me = m
println String.valueOf(m)
println String.valueOf(['a', "b${1}"])
println String.format("%s|%s", [x: [1, 2]], 4..6)
log.info([a: [b: 1..2]])
println l
