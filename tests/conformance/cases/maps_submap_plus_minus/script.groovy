def profile = [name: "Ana", email: "a@x.io", phone: "555", tier: "gold"]
println profile.subMap(["name", "tier"])
println profile.subMap(["name", "missing"])
println profile + [tier: "platinum", lang: "es"]
println profile - [phone: "555"]
println profile - [phone: "999"]
println profile.minus([email: "a@x.io"]).keySet()
println profile
println profile.findAll { k, v -> k in ["name", "email"] }
println profile.keySet() - ["phone"]
