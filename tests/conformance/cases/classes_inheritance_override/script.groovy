class Channel {
    String name = "generic"
    String greet(String user) { "Hello ${user}" }
    String send(String user) { "[${name}] ${greet(user)}" }
}
class VoiceChannel extends Channel {
    VoiceChannel() { name = "voice" }
    String greet(String user) { "Hi ${user}, how can I help?" }
}
class SmsChannel extends Channel {
    SmsChannel() { name = "sms" }
    String greet(String user) { super.greet(user).toUpperCase() }
}
def channels = [new Channel(), new VoiceChannel(), new SmsChannel()]
channels.each { println it.send("Ana") }
println channels.collect { it.getClass().simpleName }
println channels.count { it instanceof Channel }
println channels[1] instanceof SmsChannel
