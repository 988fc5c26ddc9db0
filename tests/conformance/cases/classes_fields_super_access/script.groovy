// `super.x` in a subclass: the superclass's getter/setter for a property, the field itself for
// a protected or public field the superclass declares; overriding accessors are skipped.
class Step {
    String title = "step"
    protected String code = "S0"
    public String owner = "bot"
    List<String> log = []

    String getTitle() { log << "Step.getTitle"; title.capitalize() }
    void setTitle(String t) { log << "Step.setTitle"; title = t?.trim() }
    String getCode() { "code:" + code }
    void setCode(String c) { log << "Step.setCode"; code = c }

    Step() { title = " start " }
    def fields() { [title, code, owner] }
}

class PromptStep extends Step {
    String getTitle() { "Prompt: " + super.getTitle() }
    void setTitle(String t) { super.setTitle("[" + t + "]") }

    def reads() { [title, this.title, super.title, super.code, super.owner, super.@code] }
    def writes() {
        super.title = "ask name"
        super.code = "P1"
        super.owner = "agent"
        fields()
    }
}

def p = new PromptStep()
println p.fields()
println p.reads()
println p.log
p.log.clear()
println p.writes()
println p.log
p.log.clear()
p.title = "confirm"
println p.fields() + " " + p.title + " " + p.log
