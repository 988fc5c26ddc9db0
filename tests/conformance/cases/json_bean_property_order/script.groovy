import groovy.json.JsonOutput
// JsonOutput writes an object's bean properties in the order of Groovy's meta-class hash table
class Address { String street; String city; String zip }
class P { public String pub = "p"; protected String prot = "q"; static String TAG = "t"; String a; def b; int count; String getZ() { "z" }; boolean isOk() { true } }
class Base { String id = "b1"; String kind = "base" }
class Derived extends Base { String label = "d"; Integer rank = 3 }
class Wide {
    String customerId = "c", firstName = "f", lastName = "l", email = "e", phone = "p", street = "s"
    String city = "c", zip = "z", country = "co", language = "en", channel = "chat", intent = "i"
    String status = "open", priority = "hi", owner = "o", team = "t", queue = "q", source = "web"
    Integer score = 1, attempts = 2, rating = 3, age = 4
    boolean vip = true, verified = false, optedIn = true
}
enum Channel { CHAT, VOICE }
println JsonOutput.toJson(new Address(street: "1 Main", city: "X", zip: "01"))
println JsonOutput.toJson(new P())
println JsonOutput.toJson(new Derived())
println JsonOutput.toJson(new Wide())
println JsonOutput.toJson([channel: Channel.VOICE, all: Channel.values()])
