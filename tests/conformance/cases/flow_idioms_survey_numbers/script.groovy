def answers = ['5', '4', 'n/a', '3', '', null, '4.5', ' 2 ']
def nums = answers.findAll { it?.trim()?.isNumber() }.collect { it.trim() as BigDecimal }
println nums
def avg = nums ? nums.sum() / nums.size() : 0
println avg
println avg.setScale(1, BigDecimal.ROUND_HALF_UP)
println avg.round(new java.math.MathContext(2))
println String.format('%.2f', avg)
println (avg as Integer)
println avg.toInteger() + ' ' + avg.intValue() + ' ' + avg.toDouble()
def hist = nums.countBy { it >= 4 ? 'promoter' : it >= 3 ? 'passive' : 'detractor' }
println hist
def nps = ((hist.promoter ?: 0) - (hist.detractor ?: 0)) * 100 / nums.size()
println nps
println nps.getClass().simpleName
def pct = { part, total -> total ? (part * 100.0 / total).setScale(1, BigDecimal.ROUND_HALF_EVEN) : 0 }
println pct(1, 3) + '% ' + pct(2, 3) + '% ' + pct(0, 0)
println ((1..10).sum() / 4)
println 10 / 4 * 2
println 7.0 / 2
println 1 / 3 * 3
println (2 / 3).getClass().simpleName
println 5.intdiv(2) + 5 % 2
println (0.1 * 3 == 0.3)
println (0.1d * 3 == 0.3d)
println "${3.0.equals(3.00)} ${3.0 == 3.00} ${3.0 <=> 3.00}"
println([1.5, 2.25, 3].sum())
println ([1, 2, 3].sum() / [1, 2, 3].size()).getClass().simpleName
println Math.sqrt(16) + Math.pow(2, 3)
println ((int) Math.ceil(7 / 2))
println 1e2.toString() + ' ' + 100.0.toString() + ' ' + 1E+2.getClass().simpleName
println 12.345d.trunc(1) + ' ' + (-12.345d).trunc()
println 1234567.89.toString() + ' ' + 1234567.89d
