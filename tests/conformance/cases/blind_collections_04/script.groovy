// De-duplicate contact lists merged from the CRM and the chat history.
def crm = execution.getVariable("crmContacts")
def chat = execution.getVariable("chatContacts")

def merged = crm + chat
println "merged: ${merged.size()}"

def emails = merged*.email*.toLowerCase()
println "unique emails: ${emails.unique(false)}"
println "emails list untouched: ${emails.size()}"

def uniqueByEmail = merged.unique(false) { it.email.toLowerCase() }
println "unique contacts: ${uniqueByEmail*.name}"

def uniqueCmp = merged.unique(false) { a, b -> a.name.toLowerCase() <=> b.name.toLowerCase() }
println "unique by name: ${uniqueCmp*.name}"

def crmEmails = crm*.email*.toLowerCase()
def chatEmails = chat*.email*.toLowerCase()
println "in both: ${crmEmails.intersect(chatEmails)}"
println "only CRM: ${crmEmails - chatEmails}"
println "only chat: ${chatEmails - crmEmails}"
println "disjoint: ${crmEmails.disjoint(chatEmails)}"
println "plus: ${[1, 2] + [2, 3]}, minus: ${[1, 2, 2, 3] - [2]}, minus single: ${[1, 2, 2, 3] - 2}"

def numbers = [5, 3, 5, 1, 3, 3, 9]
numbers.unique()
println "mutating unique: ${numbers}"
println "toUnique: ${[4, 4, 2, 4].toUnique()}"
println "frequency: ${[5, 3, 5, 1, 3, 3, 9].countBy { it }.findAll { it.value > 1 }.keySet()}"

def dupes = merged.groupBy { it.email.toLowerCase() }.findAll { k, v -> v.size() > 1 }
dupes.each { email, list -> println "duplicate ${email}: ${list*.source}" }

execution.setVariable("contactCount", uniqueByEmail.size())
execution.setVariable("duplicateEmails", dupes.keySet().toList())
customMetricService.upsertMetric("contacts_deduped", (merged.size() - uniqueByEmail.size()).toString())
