// A subclass reaches its superclass's properties through their accessors (the field is the
// superclass's private field); only the declaring class's own code uses the field itself.
class Contact {
    String name
    String phone
    protected String source = "manual"
    List<String> trail = []

    String getName() { trail << "getName"; name?.trim()?.capitalize() }
    void setName(String n) { trail << "setName"; name = n }
    String getPhone() { phone ?: "none" }

    String label() { "${name}|${this.name}|${getName()}" }
    String rawPhone() { phone }
}

class VipContact extends Contact {
    String tier = "gold"
    String phone = "vip-line"

    String getTier() { tier.toUpperCase() }

    String label() { "VIP " + name + " (" + tier + ")" }
    String inherited() { [name, this.name, source, this.@source, super.label()].join(" / ") }
    String rename(String n) { name = n; "renamed" }
    String phones() { [phone, this.phone, rawPhone(), super.getPhone()].join(" / ") }
    String tryAttribute() {
        try {
            return this.@name
        } catch (MissingFieldException e) {
            return "no field: " + e.message
        }
    }
}

def c = new Contact(name: "  ada ")
println c.label()
println c.trail
c.trail.clear()

def v = new VipContact(name: " bob")
v.trail.clear()
println v.label()
println v.trail
v.trail.clear()
println v.inherited()
println v.trail
v.trail.clear()
println v.rename("carl ")
println v.trail
println v.name
println v.tier + " " + v.@tier
println v.phones()
println v.tryAttribute()
println v.@source
try {
    println v.@trail
} catch (MissingFieldException e) {
    println "MissingFieldException: " + e.message
}
println([c, v].collect { it.phone })
println([c, v]*.name)
