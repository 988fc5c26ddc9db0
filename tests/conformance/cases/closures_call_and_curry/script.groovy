def fee = { BigDecimal rate, BigDecimal amount -> (amount * rate).setScale(2, BigDecimal.ROUND_HALF_UP) }
def standard = fee.curry(0.05)
def premium = fee.curry(0.02)
println standard(100)
println premium.call(250.5)
def wrap = { String pre, String post, String s -> pre + s + post }
def brackets = wrap.curry("[", "]")
println brackets("x")
def exclaim = wrap.rcurry("!")
println exclaim("<", "hey")
def mid = wrap.ncurry(1, "|")
println mid("a", "b")
println fee.call(0.1, 7)
