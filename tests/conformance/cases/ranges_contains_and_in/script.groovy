def age = 34
println age in 18..65
println 17 in 18..65
println 18.5 in 18..65
println((18..65).containsWithinBounds(18.5))
println 'c' in 'a'..'e'
println((1..10).contains(10))
println((1..<10).contains(10))
def band = { n -> switch (n) { case 0..<18: return "minor"; case 18..64: return "adult"; default: return "senior" } }
println([5, 18, 64, 65, 90].collect(band))
