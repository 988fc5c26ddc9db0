// Inside its own class, `x` and `this.x` read and write the field, not getX()/setX();
// from outside (and from a subclass) they go through the accessors.
class Account {
    String holder
    BigDecimal balance = 0
    List<String> history = []

    String getHolder() { holder == null ? "unknown" : holder.toUpperCase() }
    void setHolder(String o) { history << "holder set"; this.holder = o?.trim() }

    BigDecimal getBalance() { balance = balance.setScale(2); return balance }
    void setBalance(BigDecimal b) {
        if (b < 0) throw new IllegalArgumentException("negative balance: " + b)
        balance = b
    }

    Account(String holder) { setHolder(holder) }
    Account() { this.holder = "  raw  " }

    String describe() { "holder=[" + holder + "] this.holder=[" + this.holder + "] getter=[" + getHolder() + "] balance=" + balance }
    def viaClosure() { [1].collect { holder + "/" + this.holder } }
    def viaWith() { this.with { holder } }
}

class Savings extends Account {
    Savings(String o) { super(o) }
    String sub() { "sub sees " + holder }
}

def a = new Account(" alice ")
println a.describe()
println a.holder
println a.getHolder()
a.balance = 10
println a.balance
println a.@balance
println a.viaClosure()
println a.viaWith()
def b = new Account()
println b.describe()
println b.holder
println b.history
def s = new Savings(" bob ")
println s.sub()
println s.describe()
def m = new Account(holder: " carol ")
println m.describe() + " " + m.history
try {
    a.balance = -1
} catch (IllegalArgumentException e) {
    println "refused: " + e.message
}
println a.@holder
a.@holder = "direct"
println a.holder
