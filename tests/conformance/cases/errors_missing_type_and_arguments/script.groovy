try { notAFunction("x", 1) } catch (MissingMethodException e) { println e.type; println e.type.simpleName; println e.arguments; println e.arguments.length; println e.arguments.getClass().simpleName; println e.method }
try { "s".shout(2) } catch (MissingMethodException e) { println e.type; println e.type.name }
try { 5.foo } catch (MissingPropertyException e) { println e.type; println e.property; println e.type.simpleName }
try { println undefinedVar } catch (MissingPropertyException e) { println e.type; println e.property }
class Q {}
try { new Q().zz } catch (MissingPropertyException e) { println e.type }
try { new Q().zz(1) } catch (MissingMethodException e) { println e.type; println e.arguments.toList() }
try { notAFunction(1, "a", null) } catch (MissingMethodException e) { execution.setVariable("argCount", e.arguments.length); execution.setVariable("typeName", e.type.name) }
