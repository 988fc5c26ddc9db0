// Customer profile with custom accessors; the flow stores the display name and contact flags.
class Customer {
    String firstName
    String lastName
    private String email
    int visits

    String getFullName() {
        return "${firstName} ${lastName}".trim()
    }

    void setEmail(String value) {
        if (value != null && !value.contains("@")) {
            throw new IllegalArgumentException("invalid email: " + value)
        }
        this.email = value?.toLowerCase()
    }

    String getEmail() {
        return email ?: "n/a"
    }

    boolean isReturning() {
        return this.visits > 1
    }

    String greet() {
        return returning ? "Welcome back, ${firstName}!" : "Hello ${fullName}, nice to meet you."
    }
}

def data = execution.getVariable("customer")
Customer c = new Customer(firstName: data.first, lastName: data.last, visits: data.visits)
c.email = data.email

println c.fullName
println c.getFullName()
println c.email
println c.greet()
println "returning? ${c.returning} / ${c.isReturning()}"

c.visits++
c.lastName = c.lastName.toUpperCase()
println "after update: ${c.fullName}, visits=${c.visits}"

Customer guest = new Customer(firstName: "Guest")
println "guest: '${guest.fullName}' email=${guest.email} visits=${guest.visits}"
println guest.greet()

try {
    guest.email = "not-an-email"
} catch (IllegalArgumentException e) {
    println "rejected: ${e.message}"
}

execution.setVariable("displayName", c.fullName)
execution.setVariable("customerEmail", c.email)
transientVariableService.addVariable("visits", c.visits)
customMetricService.upsertMetric("returning_customer", c.returning.toString())
log.info("profile loaded for ${c.fullName}")
