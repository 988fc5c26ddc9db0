enum Tier { BRONZE, SILVER, GOLD
    Tier up() { ordinal() < values().length - 1 ? values()[ordinal() + 1] : this }
}
println Tier.values()
println Tier.values().length
println Tier.values().size()
println Tier.values()[1]
println Tier.values()[-1]
println Tier.values().toList()
println Tier.values().collect { it.name().toLowerCase() }
println Tier.values().find { it.ordinal() == 2 }
println Tier.values().contains(Tier.GOLD)
println Tier.BRONZE.up().up().up()
println Tier.values()*.ordinal()
println Tier.values().reverse()
def names = []
for (t in Tier.values()) names << t.name()
println names
println Tier.values().join("/")
execution.setVariable("tiers", Tier.values().collect { it.name() })
