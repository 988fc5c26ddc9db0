class Message {
    String text
    int length
    Message(String text) {
        this.text = text
        this.length = text.size()
    }
    String render() { text }
}
class TaggedMessage extends Message {
    List tags
    TaggedMessage(String text, List tags) {
        super(text)
        this.tags = tags
    }
    String render() { super.render() + " " + tags.collect { "#" + it }.join(" ") }
}
def m = new TaggedMessage("refund approved", ["billing", "vip"])
println m.render()
println m.length
println m.text
println m instanceof Message
Message base = m
println base.render()
