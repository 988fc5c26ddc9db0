def s = "conversation"
println s[0]
println s[-1]
println s[0..3]
println s[-3..-1]
println s[4..<8]
println s[3..0]
println s[[0, 2, 4]]
println s.getAt(1)
println s.getAt(0..2)
println s[0..-1] == s
println s[1..<1].isEmpty()
println s.take(4)
println s.drop(8)
println s.toList().take(3)
