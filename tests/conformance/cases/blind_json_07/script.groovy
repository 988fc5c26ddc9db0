import groovy.json.JsonOutput

// Serialise domain objects to JSON for a downstream API.
class Address {
    String street
    String city
    String zip
}

class Contact {
    String name
    Integer age
    Address address
    List<String> phones = []
    boolean primary
    private String secret = "hidden"

    String getDisplay() { "${name} (${age ?: '?'})" }
}

def raw = execution.getVariable("contacts")
List<Contact> contacts = raw.collect { m ->
    new Contact(name: m.name, age: m.age, primary: m.primary ?: false,
            phones: m.phones ?: [], address: m.address ? new Address(m.address) : null)
}

contacts.each { println JsonOutput.toJson(it) }

def payload = [count: contacts.size(), contacts: contacts]
String json = JsonOutput.toJson(payload)
println json.length() > 0 ? "payload ok" : "empty"

def slim = contacts.collect { [name: it.name, city: it.address?.city] }
println JsonOutput.toJson(slim)
println JsonOutput.prettyPrint(JsonOutput.toJson(slim[0]))

enum Channel { CHAT, VOICE }
println JsonOutput.toJson([channel: Channel.CHAT, list: Channel.values()])

execution.setVariable("contactsJson", JsonOutput.toJson(slim))
customMetricService.upsertMetric("contacts_serialised", contacts.size().toString())
