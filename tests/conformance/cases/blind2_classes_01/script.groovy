// "Library" section shared by the banking flows: a validated customer profile
class CustomerProfile {
    private String name
    private String iban
    private int tier = 1
    List<String> tags = []

    String getName() { name }
    void setName(String n) {
        if (!n?.trim()) throw new IllegalArgumentException('name must not be blank')
        name = n.trim().split(/\s+/).collect { it.toLowerCase().capitalize() }.join(' ')
    }

    String getIban() { iban ? iban[0..3] + '*' * (iban.size() - 8) + iban[-4..-1] : null }
    void setIban(String v) {
        def compact = v?.replaceAll(/\s/, '')?.toUpperCase()
        if (!(compact ==~ /[A-Z]{2}\d{2}[A-Z0-9]{10,30}/)) throw new IllegalArgumentException("bad IBAN: $v")
        iban = compact
    }
    String rawIban() { iban }

    int getTier() { tier }
    void setTier(int t) { tier = Math.max(1, Math.min(3, t)) }

    String greet() { "Hello ${name}" }
    String greet(String salutation) { "${salutation} ${name}" }
    String greet(CustomerProfile other) { "${name} meets ${other.name}" }
    String greet(int times) { (['Hi'] * times).join(' ') + ", ${name}" }

    boolean outranks(CustomerProfile other) { tier > other.tier }

    String toString() { "CustomerProfile(${name}, tier ${tier}, ${getIban()})" }
}

def input = execution.getVariable('profile')
def p = new CustomerProfile()
p.name = input.name
p.iban = input.iban
p.tier = input.tier
p.tags << 'vip' << 'newsletter'

def partner = new CustomerProfile(name: 'jo  DOE', tier: 7)
partner.setIban('de89 3704 0044 0532 0130 00')

println p
println partner
println p.greet()
println p.greet('Dear')
println p.greet(partner)
println p.greet(2)
println "outranks: ${p.outranks(partner)} / ${partner.outranks(p)}"
println "props: ${p.properties.findAll { k, v -> k in ['name', 'tier', 'tags'] }.sort()}"

def errors = []
['   ', null].each { bad ->
    try { new CustomerProfile().name = bad } catch (IllegalArgumentException e) { errors << e.message }
}
try { p.iban = 'XX12' } catch (IllegalArgumentException e) { errors << e.message }
println "errors: ${errors}"

execution.setVariable('customerName', p.name)
execution.setVariable('maskedIban', p.iban)
customMetricService.upsertMetric('customer_tier', "${p.tier}".toString())
log.info("profile ready: ${p}")
