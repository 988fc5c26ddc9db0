class Animal { String name }
class Dog extends Animal {}
def values = [new Dog(name: "rex"), new Animal(name: "gen"), "text", 42, 4.5, [1], [a: 1], null, 'c' as char, 10L]
values.each { v ->
    def kinds = []
    if (v instanceof Animal) kinds << "Animal"
    if (v instanceof Dog) kinds << "Dog"
    if (v instanceof String) kinds << "String"
    if (v instanceof Number) kinds << "Number"
    if (v instanceof Integer) kinds << "Integer"
    if (v instanceof Collection) kinds << "Collection"
    if (v instanceof Map) kinds << "Map"
    if (v instanceof Comparable) kinds << "Comparable"
    if (v instanceof Character) kinds << "Character"
    println "${v == null ? 'null' : v.getClass().simpleName}: ${kinds}"
}
