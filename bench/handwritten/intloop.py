"""intloop.groovy by hand: 200,000 iterations of int arithmetic.

Groovy's `int` is Java's: `i * i` wraps at 32 bits from i = 46,341 on, and `%` keeps the sign
of the dividend, so the sum is 76,290, not 399,999. Doing the same work in Python means
wrapping the product and truncating the remainder by hand."""


def run(transient, variables, metrics, log):
    total = 0
    for i in range(200_000):
        square = (i * i + 0x80000000) % 0x100000000 - 0x80000000  # int overflow
        rest = square % 7
        if square < 0 and rest:  # Java's % truncates toward zero
            rest -= 7
        total += rest
    variables["total"] = total
