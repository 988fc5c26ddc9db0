def send = { String channel, String level, String text -> "[${channel}][${level}] ${text}".toString() }
def sms = send.curry("sms")
def smsAlert = sms.curry("ALERT")
println smsAlert("card blocked")
println sms("INFO", "balance ok")
def senders = ["sms", "email", "push"].collect { send.curry(it, "INFO") }
println senders.collect { it("hello") }
def messages = [:]
["a", "b"].each { k -> messages[k] = { -> "msg ${k}" } }
println messages.a()
println messages.b.call()
