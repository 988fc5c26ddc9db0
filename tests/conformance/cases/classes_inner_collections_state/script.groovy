class Inbox {
    Map<String, List<String>> byUser = [:]
    void add(String user, String msg) {
        byUser.computeIfAbsent(user) { [] } << msg
    }
    int total() { byUser.values().sum { it.size() } ?: 0 }
    List<String> users() { byUser.keySet().sort() }
}
def box = new Inbox()
println box.total()
box.add("bob", "hi")
box.add("ana", "help")
box.add("bob", "still there?")
println box.byUser
println box.total()
println box.users()
println box.byUser.bob.last()
