class Account {
    String label
    BigDecimal balance = 0
    long visits
    double score
}
def a = new Account()
a.label = 42
a.balance = 10
a.visits = 7
a.score = 3
println "${a.label} ${a.label.class.simpleName}"
println "${a.balance} ${a.balance.class.simpleName}"
println "${a.visits} ${a.visits.class.simpleName}"
println "${a.score} ${a.score.class.simpleName}"
a.balance += 0.5
println a.balance
a.visits = "12"
println "not reached ${a.visits}"
