def user = [name: "Sam", age: 40]
println user.name
println user['age']
println user.get("name")
println user.email
println user['email']
user.email = "sam@example.com"
user['city'] = "Oslo"
user.put("zip", "0150")
println user
println user.containsKey("zip")
println user.containsKey("phone")
println user.containsValue(40)
println user.keySet()
println user.values()
println user.remove("zip")
println user.remove("nothing")
println user.size()
println user.getOrDefault("phone", "n/a")
println user.get("phone", "added")
println user
def copy = user + [age: 41]
println copy.age
println user.age
println user.find { k, v -> v == "Oslo" }?.key
println user.isEmpty()
