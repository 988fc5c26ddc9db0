// Eligibility checks over a list of accounts.
def accounts = execution.getVariable("accounts")

println "any overdrawn: ${accounts.any { it.balance < 0 }}"
println "all verified: ${accounts.every { it.verified }}"
println "first savings: ${accounts.find { it.type == 'savings' }?.id}"
println "first loan: ${accounts.find { it.type == 'loan' }?.id ?: 'none'}"
println "index of first unverified: ${accounts.findIndexOf { !it.verified }}"

def firstBig = accounts.findResult { it.balance > 5000 ? "${it.id} has ${it.balance}" : null }
println "findResult: ${firstBig}"
def flags = accounts.findResults { it.flags ? it.flags : null }
println "findResults: ${flags}"
println "flattened flags: ${accounts.collectMany { it.flags ?: [] }}"
println "unique flags: ${accounts.collectMany { it.flags ?: [] }.unique()}"

def (verified, unverified) = accounts.split { it.verified }
println "split: ${verified*.id} / ${unverified*.id}"

def byType = accounts.groupBy { it.type }.collectEntries { t, l -> [(t): l.sum { it.balance }] }
println "balance by type: ${byType}"

def total = accounts.sum { it.balance }
def eligible = accounts.findAll { it.verified && it.balance >= 100 && !('frozen' in (it.flags ?: [])) }
println "eligible: ${eligible*.id}"
println "count eligible: ${accounts.count { it.verified && it.balance >= 100 }}"
println "total: ${total}"
println "grep: ${accounts*.type.grep('checking').size()} checking"
println "contains: ${accounts*.id.contains('A3')}, containsAll: ${accounts*.id.containsAll(['A1', 'A9'])}"

execution.setVariable("eligibleAccounts", eligible*.id)
execution.setVariable("totalBalance", total)
customMetricService.upsertMetric("eligible_accounts", eligible.size().toString())
log.info("eligible ${eligible*.id} of ${accounts.size()}")
