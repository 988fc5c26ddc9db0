// Track which features a user has tried, using sets.
def tried = execution.getVariable("featuresTried") as Set
def catalogue = ["search", "transfer", "statements", "alerts", "budget", "cards"] as LinkedHashSet
def premium = new TreeSet(["budget", "alerts", "investments"])

println "tried: ${tried} (${tried.getClass().simpleName})"
println "catalogue: ${catalogue}"
println "premium (sorted): ${premium}"

def notTried = catalogue - tried
println "not tried yet: ${notTried}"
def triedPremium = tried.intersect(premium)
println "tried premium: ${triedPremium}"
def union = new TreeSet(tried + premium)
println "union (sorted): ${union}"
println "unknown features: ${tried.findAll { !(it in catalogue) }}"

Set<String> hs = new HashSet<>(["delta", "alpha", "charlie", "bravo", "echo"])
println "hash set: ${hs}"
println "hash set sorted: ${hs.sort()}"
println "set add dup: ${hs.add('alpha')}, add new: ${hs.add('foxtrot')}, size ${hs.size()}"

def ts = new TreeSet<Integer>([40, 10, 30, 20])
println "first=${ts.first()} last=${ts.last()} floor(25)=${ts.floor(25)} ceiling(25)=${ts.ceiling(25)} head(30)=${ts.headSet(30)}"
def desc = new TreeSet<String>({ a, b -> b <=> a } as Comparator)
desc.addAll(["pear", "apple", "fig"])
println "desc: ${desc}"

def lhs = new LinkedHashSet(["z", "a", "m", "a"])
println "linked: ${lhs}, as list: ${lhs as List}, toList: ${lhs.toList()[1]}"
println "equal sets: ${(['a', 'b'] as Set) == (['b', 'a'] as Set)}, list vs set: ${['a'] == (['a'] as Set)}"

def suggestions = notTried.findAll { !(it in premium) }.take(2)
execution.setVariable("suggestions", suggestions as List)
execution.setVariable("triedCount", tried.size())
transientVariableService.addVariable("premiumTried", triedPremium.sort())
customMetricService.upsertMetric("features_tried", tried.size().toString())
log.info("suggesting ${suggestions}")
