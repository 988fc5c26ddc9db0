// typed int locals: arithmetic the compiler writes out inline must wrap as Java ints do
int big = 2147483647
int small = -2147483648
int a = big + 1
int b = small - 1
int c = big * 3
int d = 46341 * 46341
int e = -7 % 3
int f = 7 % 3
int g = -14 % 7
int h = big
h++
int k = small
k--
int m = 100000
m *= m
int p = -9
p %= 4
int q = 5
q -= 2147483647
q -= 10
int total = 0
for (int i = 46000; i < 46400; i += 50) {
    total += (i * i) % 7
    total = total * 31 + i
}
int neg = -5
int r = neg % 3 + (neg * neg) % 4
int z = 0
int w = 10
def s = w % (z + 3)
println([a, b, c, d, e, f, g, h, k, m, p, q, total, r, s])
println([a, h, k].collect { it.getClass().simpleName })
try {
    int zero = 0
    println(w % zero)
} catch (ArithmeticException ex) {
    println "caught: ${ex.message}"
}
