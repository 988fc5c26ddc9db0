def inventory = [apple: 3, pear: 0, fig: 2]
def copy = new LinkedHashMap(inventory)
copy.remove("pear")
println inventory
println copy
def restocked = inventory.collectEntries { k, v -> [k, v ?: 10] }
println restocked
def clone = inventory.clone()
clone.apple = 99
println inventory.apple
def empties = inventory.findAll { it.value == 0 }.keySet() as List
empties.each { inventory.remove(it) }
println inventory
