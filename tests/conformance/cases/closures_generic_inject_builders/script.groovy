def words = ["route", "to", "billing", "agent", "now"]
def longest = words.inject("") { best, w -> w.size() > best.size() ? w : best }
println longest
def freq = "mississippi".toList().inject([:]) { m, ch -> m[ch] = (m[ch] ?: 0) + 1; m }
println freq
def sentence = words.inject(new StringBuilder()) { sb, w -> sb.length() ? sb.append(" ").append(w) : sb.append(w) }
println sentence
println sentence.getClass().simpleName
def total = [1.5, 2.25, 3].inject(0) { a, b -> a + b }
println "${total} ${total.class.simpleName}"
println([].inject(42) { a, b -> a + b })
