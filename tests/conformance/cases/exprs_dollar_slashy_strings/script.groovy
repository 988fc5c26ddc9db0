def name = "ana"
def path = $/C:\Users\${name}\docs/$
println path
def re = $/(\d+)/(\w+)/$
def m = "12/ab" =~ re
println m[0][2]
def dollars = $/price: $$5 for ${name}/$
println dollars
def slashy = /a\d+b/
println slashy
println "a12b" ==~ slashy
def multi = $/line1
line2 \n stays/$
println multi
