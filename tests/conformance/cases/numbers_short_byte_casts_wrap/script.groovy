// Narrowing to short and byte keeps the low bits, signed, as Java does.
def counter = 40000
println((short) counter)
println((byte) 200)
println((short) -40000)
println(counter as short)
println((byte) 3.9)
println((short) 1e10)
short s = 32767
s++
println s
s--
println s
byte b = 127
b += 1
println b
byte checksum = 0
[120, 45, 99].each { checksum = (byte) (checksum + it) }
println checksum
transientVariableService.addVariable("wrapped", (short) 70000)
