def config = [greeting: "hola", name: "config"]
def template = { "${greeting} from ${name}" }
template.delegate = config
template.resolveStrategy = Closure.DELEGATE_FIRST
println template()
def name = "local"
def t2 = { "${greeting} from ${name}" }
t2.delegate = config
t2.resolveStrategy = Closure.DELEGATE_FIRST
println t2()
class ChannelSpec {
    Map collected = [:]
    void channel(String c) { collected.channel = c }
    void retries(int n) { collected.retries = n }
}
def spec = {
    channel "voice"
    retries 3
}
def collector = new ChannelSpec()
spec.delegate = collector
spec.resolveStrategy = Closure.DELEGATE_ONLY
spec()
println collector.collected
