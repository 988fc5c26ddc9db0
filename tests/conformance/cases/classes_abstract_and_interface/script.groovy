interface Rule {
    boolean applies(Map ctx)
    String action()
}
abstract class BaseRule implements Rule {
    abstract int priority()
    String toString() { "${getClass().simpleName}#${priority()}" }
}
class VipRule extends BaseRule {
    boolean applies(Map ctx) { ctx.tier == "gold" }
    String action() { "route_vip" }
    int priority() { 1 }
}
class AngryRule extends BaseRule {
    boolean applies(Map ctx) { ctx.sentiment < -0.5 }
    String action() { "route_human" }
    int priority() { 0 }
}
class DefaultRule extends BaseRule {
    boolean applies(Map ctx) { true }
    String action() { "self_service" }
    int priority() { 9 }
}
def rules = [new DefaultRule(), new VipRule(), new AngryRule()].sort { it.priority() }
println rules
def contexts = [[tier: "gold", sentiment: 0.2], [tier: "basic", sentiment: -0.8], [tier: "basic", sentiment: 0.1]]
contexts.each { ctx ->
    def rule = rules.find { it.applies(ctx) }
    println "${ctx} -> ${rule.action()}"
}
println rules[0] instanceof Rule
