println 6 & 3
println 6 | 3
println 6 ^ 3
println ~5
println 1 << 10
println 1024 >> 3
println(-16 >> 2)
println(-16 >>> 28)
def flags = 0
def READ = 1, WRITE = 2, ADMIN = 4
flags |= READ
flags |= ADMIN
println flags
println((flags & WRITE) != 0)
println((flags & ADMIN) != 0)
println Integer.toBinaryString(flags)
