def profile = execution.getVariable("profile")
def missing = execution.getVariable("missing")
println profile?.name
println missing?.name
println missing?.name?.toUpperCase()
println profile?.address?.city
println profile?.phones?.size()
println missing?.size()
println (missing?.size() ?: 0)
def city = profile?.address?.city ?: "unknown city"
println city
def nick = missing?.nickname ?: profile.name.toLowerCase()
println nick
println profile?.getAt("name")
println profile?.phones?.first()
println missing?.phones?.first()
