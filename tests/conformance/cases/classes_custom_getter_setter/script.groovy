class Profile {
    String first
    String last
    private String phoneDigits = ""
    String getFullName() { "${first} ${last}".toString() }
    void setPhone(String raw) { phoneDigits = raw.replaceAll(/\D/, "") }
    String getPhone() { phoneDigits }
    boolean isComplete() { first && last && phoneDigits }
}
def p = new Profile(first: "Li", last: "Wei")
println p.fullName
println p.getFullName()
println p.complete
p.phone = "+1 (555) 010-2000"
println p.phone
println p.complete
println p.isComplete()
