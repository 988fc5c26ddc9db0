def input = "Call me at 555-1234 or 555-9876 tomorrow"
println input.matches(".*\\d{3}-\\d{4}.*")
println input.matches("\\d+")
println input.find(/\d{3}-\d{4}/)
println input.findAll(/\d{3}-\d{4}/)
println input.findAll(/(\d{3})-(\d{4})/) { full, a, b -> b }
println input.find(/(\d{3})-(\d{4})/) { full, a, b -> a + b }
println input.find(/xyz/)
println input.findAll(/xyz/)
println "abc123def45".findAll(/\d+/)*.toInteger().sum()
