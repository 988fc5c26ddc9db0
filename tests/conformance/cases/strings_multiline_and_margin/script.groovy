def block = """\
    Dear customer,
      your order shipped.
    Regards"""
println block.stripIndent()
def margin = """|Line one
                |  Line two
                |Line three""".stripMargin()
println margin
def single = '''no ${interp} here
second'''
println single
println single.readLines().size()
