def values = [1, 1L, 1G, 1.0, 1.0d, 1.0f, 1 + 1L, 2 * 1.0, 1 / 2, 4.intdiv(2), 2 ** 2, 2 ** 0.5, 10 % 3, -1, 0x1F, 017, 0b101, 1_000_000]
values.each { println "${it} ${it.class.simpleName}" }
