import java.util.stream.Collectors
import java.util.stream.IntStream
import java.util.stream.Stream

def orders = [[id: "A1", total: 120.5G, status: "open", items: 3], [id: "B2", total: 80.00G, status: "closed", items: 1],
              [id: "C3", total: 15.25G, status: "open", items: 7], [id: "D4", total: 300.0G, status: "hold", items: 2]]
List<String> open = orders.stream().filter { it.status == "open" }.map { it.id }.collect(Collectors.toList())
println(open)
println(orders.stream().mapToInt { it.items }.sum())
println(orders.stream().anyMatch { it.total > 200 })
println(orders.stream().allMatch { it.items > 0 })
println(orders.stream().noneMatch { it.status == "void" })
println(orders.stream().map { it.status }.distinct().sorted().collect(Collectors.joining(", ", "[", "]")))
println(orders.stream().map { it.id }.collect(Collectors.joining("|")))
println(orders.stream().count())
Optional<Map> first = orders.stream().filter { it.total < 50 }.findFirst()
println("${first.isPresent()} ${first.get().id}")
println(orders.stream().filter { it.total < 0 }.findFirst())
println(orders.stream().filter { it.total < 0 }.findFirst().orElse(null))
println(orders.stream().map { it.total }.reduce(BigDecimal.ZERO) { a, b -> a + b })
println(orders.stream().map { it.items }.reduce { a, b -> a * b })
println(orders.stream().sorted { a, b -> b.total <=> a.total }.map { it.id }.limit(2).collect(Collectors.toList()))
println(orders.stream().skip(1).map { it.id }.toArray())
println(orders.stream().collect(Collectors.groupingBy { it.status }).keySet())
println(orders.stream().collect(Collectors.groupingBy({ it.status }, Collectors.counting())))
println(orders.stream().collect(Collectors.toMap({ it.id }, { it.items })))
println(orders.stream().map { it.status }.collect(Collectors.toSet()))
println(orders.stream().max { a, b -> a.items <=> b.items }.get().id)
println(orders.stream().min(Comparator.comparing { it.total }).map { it.id }.orElse("none"))
println("héllo😀".codePoints().anyMatch { cp -> cp > 0xFFFF })
println("abc".chars().map { it + 1 }.mapToObj { (char) it }.collect(Collectors.toList()))
def seen = []
println([1, 2, 3, 4].stream().peek { seen << "p$it" }.filter { it % 2 == 0 }.map { seen << "m$it"; it * 10 }.findFirst().get())
println(seen)
def st = [1, 2].stream(); st.count()
try { st.count() } catch (IllegalStateException e) { println("ISE " + e.message) }
try { Optional.empty().get() } catch (NoSuchElementException e) { println("NSE " + e.message) }
println("${Optional.of(5).map { it + 1 }.get()} ${Optional.ofNullable(null).isPresent()} ${Optional.of("x")} ${Optional.empty()}")
println("${Optional.ofNullable(null).orElseGet { "gen" }} ${Optional.of(3).filter { it > 5 }.isPresent()}")
Optional.of("v").ifPresent { println("present " + it) }
println([3, 1, 2].stream().sorted { a, b -> b <=> a }.collect(Collectors.toList()))
println([[1, 2], [3]].stream().flatMap { it.stream() }.collect(Collectors.toList()))
println(orders.stream().collect(Collectors.partitioningBy { it.total > 100 }))
println(orders.stream().collect(Collectors.summingInt { it.items }) + " " + orders.stream().collect(Collectors.averagingInt { it.items }))
println([1, 2, 3].stream().mapToInt { it }.boxed().collect(Collectors.toList()).getClass().name)
[1, 2].stream().forEach { println("each " + it) }
println(["a", "bb", "cc"].stream().collect(Collectors.groupingBy({ it.size() }, Collectors.mapping({ it.toUpperCase() }, Collectors.toList()))))
println(orders.stream().filter { it.status == "open" }.findAny().isPresent())
println([1,2].stream().toArray().getClass().name)
println("ab".chars().toArray().getClass().name)
println("ab".chars().toArray())
println([1,2].stream().toArray().length)
