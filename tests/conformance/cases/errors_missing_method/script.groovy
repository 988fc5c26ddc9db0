def text = "hello"
try {
    text.shout()
} catch (MissingMethodException e) {
    println "caught ${e.class.simpleName}"
}
def list = [1, 2]
try {
    list.pushAll(3)
} catch (MissingMethodException e) {
    println "list: ${e.class.simpleName}"
}
notAMethod(1, 2)
