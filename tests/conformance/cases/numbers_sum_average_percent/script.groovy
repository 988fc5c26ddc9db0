def scores = [7, 9, 10, 6, 8]
def total = scores.sum()
def avg = total / scores.size()
println "total=${total} avg=${avg} ${avg.class.simpleName}"
def pct = scores.count { it >= 8 } / scores.size() * 100
println "pct=${pct}"
println "pct int=${pct as int}"
def weighted = [[v: 4, w: 0.5], [v: 10, w: 0.25], [v: 8, w: 0.25]].sum { it.v * it.w }
println weighted
println Math.round(avg * 10) / 10
def avgD = scores.sum() / (double) scores.size()
println avgD
def ratio = 2 / 3
println ratio
println ratio.setScale(2, BigDecimal.ROUND_HALF_UP)
println(((2 / 3) * 100).setScale(1, BigDecimal.ROUND_HALF_UP) + "%")
