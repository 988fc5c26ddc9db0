class Customer {
    String name
    String email
}
def c = new Customer()
c.name = "Ana"
c.setEmail("ana@example.com")
println c.getName()
println c.email
println c["name"]
c["email"] = "ana@test.org"
println c.getEmail()
def prop = "name"
println c."${prop}"
c."$prop" = "Ana Maria"
println c.name
println c.hasProperty("email") != null
println c.hasProperty("phone") == null
