println 'a' in ['a', 'b']
println 3 in 1..5
println 'b' in 'abc'
println null in [null]
println(([1, 2] as Set) in [[1, 2] as Set])
println(('5' as Integer) + ('5' as int) + ('5.5' as Double) + ('7' as Long))
println(([1, 2, 3] as String[]).length)
println(((['b', 'a'] as String[]).sort().toList()))
println((1 as String).getClass().simpleName)
println((1.5 as int))
println(('true' as Boolean) && !('' as Boolean))
println(([a: 1] as String))
println(((1..3) as List))
println(('abc' as List))
println(([1, 1, 2] as Set))
println((12.5 as BigInteger))
println(('12' as BigDecimal).scale())
println Integer.valueOf('0012') + Integer.parseInt('-7') + Long.parseLong('3')
println Double.parseDouble('1e3') + Boolean.parseBoolean('TRUE').toString()
println Integer.toHexString(255) + Integer.toBinaryString(5) + Integer.toString(7, 2)
println 'x'.repeat(3)
println((('z' as char) as int))
println(((char) 65))
println(((65 as char).getClass().simpleName))
println Character.isDigit('5' as char) && Character.isLetter('a' as char)
println Character.toUpperCase('q' as char)
println 'abc'.every { Character.isLowerCase(it as char) }
def n = '42'
println n.isInteger() ? n.toInteger() * 2 : 0
println '3.14'.toBigDecimal() + '2'.toLong()
println 0x1F + 010 + 0b101
println 1_000_000
println 5.toString().padLeft(3, '0')
println((-5.abs()) + (-5).abs())
println 7.0.remainder(2)
