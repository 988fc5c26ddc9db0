// Interface fields are constants (static final) that implementing classes read by bare name;
// a static method reaches the class's static fields (and a superclass's) directly.
interface Channels {
    String CHAT = "chat"
    String VOICE = "voice"
    List<String> ALL = [CHAT, VOICE]
}

class Router implements Channels {
    static String fallback = Channels.CHAT
    String preferred

    Router(String preferred) { this.preferred = preferred in ALL ? preferred : fallback }

    static String normalise(String c) { c?.toLowerCase() in ALL ? c.toLowerCase() : fallback }
    String route() { preferred == VOICE ? "call center" : "bot" }
}

class SmartRouter extends Router {
    SmartRouter() { super(Channels.VOICE) }
    static String describe() { "fallback=" + fallback + " all=" + ALL }
}

println Channels.CHAT + " " + Channels.ALL
println Router.CHAT + " " + Router.normalise("VOICE") + " " + Router.normalise("fax")
println new Router("voice").route() + " / " + new Router("sms").route()
println new SmartRouter().route() + " " + SmartRouter.describe()
println new Router("chat").VOICE
Router.fallback = "voice"
println Router.normalise(null)
try {
    Channels.CHAT = "x"
} catch (ReadOnlyPropertyException e) {
    println "constant: " + e.class.simpleName
}
try {
    Router.VOICE = "x"
} catch (ReadOnlyPropertyException e) {
    println e.message
}
class Limits { static final int MAX = 3 }
try {
    Limits.MAX = 4
} catch (ReadOnlyPropertyException e) {
    println e.message
}
println Limits.MAX
