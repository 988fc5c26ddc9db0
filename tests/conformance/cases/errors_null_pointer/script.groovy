def reply = execution.getVariable("reply")
println "reply: ${reply}"
println reply?.trim()
println reply.toString()
println reply == null
def words = reply.split(" ")
println "unreachable"
