// Property access inside vs. outside a class with custom getters (a classic surprise).
class Account {
    String id
    BigDecimal balance = 0
    String status = "open"
    List<String> audit = []

    BigDecimal getBalance() {
        audit << "getBalance"
        return balance
    }

    void setBalance(BigDecimal b) {
        audit << "setBalance(${b})".toString()
        this.balance = b
    }

    String getStatus() {
        return status.toUpperCase()
    }

    void deposit(BigDecimal amount) {
        // inside the class, this.balance is the field, not the getter
        this.balance = this.balance + amount
        audit << "deposit"
    }

    void withdraw(BigDecimal amount) {
        if (amount > getBalance()) {
            throw new IllegalStateException("insufficient funds in ${id}: ${balance} < ${amount}")
        }
        balance -= amount
    }

    String summary() {
        "${id}: ${balance} ${status} / ${getStatus()}"
    }
}

def a = new Account(id: execution.getVariable("accountId"))
println "audit after construction: ${a.audit}"
a.balance = 100.00
println "outside read: ${a.balance}"
a.deposit(25.5)
println "direct field: ${a.@balance}, status field: ${a.@status}, status property: ${a.status}"
a.withdraw(20)
println a.summary()
println "audit: ${a.audit}"

a.@status = "frozen"
println "after field write: ${a.status}"

def props = a.properties.findAll { k, v -> k in ['id', 'status', 'balance'] }.sort()
println "properties: ${props}"

execution.setVariable("accountBalance", a.balance)
execution.setVariable("accountAudit", a.audit.join(","))
customMetricService.upsertMetric("account_status", a.status)

a.withdraw(execution.getVariable("withdrawal"))
