class Reply {
    String text
    String channel
    int priority
    Reply(String text) {
        this(text, "chat")
    }
    Reply(String text, String channel) {
        this(text, channel, 1)
    }
    Reply(String text, String channel, int priority) {
        this.text = text
        this.channel = channel
        this.priority = priority
    }
    String describe() { "${channel}/${priority}: ${text}" }
}
println new Reply("hi").describe()
println new Reply("hello", "voice").describe()
println new Reply("urgent", "sms", 5).describe()
def r = new Reply("x", "email", 2)
r.priority = 9
println r.describe()
