// A `with { }` block's delegate answers names in the block and in closures nested in it, but
// not inside the methods the block calls: their closures resolve through their own owner.
class Cart {
    String name = "cart"
    List<Integer> items = [1, 2]

    def labels() { items.collect { name + it } }
    def labelsWith(Map m) { m.with { [name, items.collect { name }] } }
    def total(Map rates) { rates.with { this.items.sum { it * (rate ?: 1) } } }
}

region = "binding-region"
def regionsOf(List l) { l.collect { region } }

def cart = new Cart()
def cfg = [name: "cfg", region: "cfg-region", rate: 10]
println cfg.with { cart.labels() }
println cfg.with { [name, region] }
println cfg.with { [1].collect { region } }
println cfg.with { regionsOf([1, 2]) }
println cart.labelsWith([name: "m"])
println cart.total([rate: 3])
println cart.total([:])
def sb = new StringBuilder()
sb.with {
    append(cart.labels().join(","))
    append("|")
    append(regionsOf([0]).join())
}
println sb
