// Math exact-integer members (absExact, incrementExact, toIntExact, multiplyHigh, ...) and floating-point bits (nextUp, ulp, scalb, getExponent, copySign, IEEEremainder), tanh
def t(String id, Closure c) { try { def r = c.call(); println id + ": " + r.inspect() + " (" + r.getClass().getSimpleName() + ")" } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage()?.readLines()?.getAt(0) } }
t("a1") { Math.absExact(-5) }
t("a2") { Math.absExact(Integer.MIN_VALUE) }
t("a3") { Math.absExact(Long.MIN_VALUE) }
t("a4") { Math.absExact(-5L) }
t("a5") { Math.absExact(5G) }
t("i1") { Math.incrementExact(Integer.MAX_VALUE) }
t("i2") { Math.incrementExact(Long.MAX_VALUE) }
t("i3") { Math.decrementExact(Integer.MIN_VALUE) }
t("i4") { Math.negateExact(Integer.MIN_VALUE) }
t("i5") { Math.negateExact(5L) }
t("i6") { Math.incrementExact(1.5d) }
t("t1") { Math.toIntExact(1L << 40) }
t("t2") { Math.toIntExact(7L) }
t("t3") { Math.toIntExact(7) }
t("h1") { Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE) }
t("h2") { Math.multiplyHigh(-5L, 3L) }
t("h3") { Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE) }
t("c1") { Math.copySign(1.5d, -0.0d) }
t("c2") { Math.copySign(1.5f, -2f) }
t("c3") { Math.copySign(3, -2) }
t("n1") { Math.nextUp(1.0d) }
t("n2") { Math.nextUp(1.0f) }
t("n3") { Math.nextDown(0.0f) }
t("n4") { Math.nextDown(0.0d) }
t("n5") { Math.nextUp(Float.MAX_VALUE) }
t("n6") { Math.nextAfter(1.0f, 2.0d) }
t("n7") { Math.nextAfter(1.0d, 0.0d) }
t("n8") { Math.nextAfter(1.0f, 1.0d) }
t("n9") { Math.nextUp(-1.5f) }
t("n10") { Math.nextUp(1) }
t("u1") { Math.ulp(1.0d) }
t("u2") { Math.ulp(1.0f) }
t("u3") { Math.ulp(Float.MAX_VALUE) }
t("u4") { Math.ulp(Double.MAX_VALUE) }
t("u5") { Math.ulp(0.0f) }
t("u6") { Math.ulp(Double.POSITIVE_INFINITY) }
t("u7") { Math.ulp(1e-40f) }
t("u8") { Math.ulp(5) }
t("s1") { Math.scalb(1.0d, 5000) }
t("s2") { Math.scalb(1.5f, 3) }
t("s3") { Math.scalb(1.5d, -1080) }
t("s4") { Math.scalb(3, 2) }
t("s5") { Math.scalb(1.0f, 200) }
t("g1") { Math.getExponent(1024.0d) }
t("g2") { Math.getExponent(0.0d) }
t("g3") { Math.getExponent(Double.NaN) }
t("g4") { Math.getExponent(1024.0f) }
t("g5") { Math.getExponent(1e-40f) }
t("g6") { Math.getExponent(5) }
t("r1") { Math.IEEEremainder(10d, 3d) }
t("r2") { Math.IEEEremainder(11d, 3d) }
t("r3") { Math.IEEEremainder(1d, 0d) }
t("r4") { Math.IEEEremainder(5, 2) }
t("th1") { Math.tanh(0.5d) }
t("th2") { Math.tanh(1000) }
t("th3") { Math.tanh(-0.0d) }
t("th4") { Math.tanh(Double.NaN) }
