// Adds a helper method to String at run time and reads the environment through a property.
String.metaClass.shout = { -> delegate.toUpperCase() + "!" }
def greeting = "hello".shout()
def props = System.properties
transientVariableService.addVariable("greeting", greeting)
