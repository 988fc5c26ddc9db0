// Groovy lets an instance call its class's static methods; the receiver is ignored
println "%-8s|%5.2f|%03d".format('ab', 3.14159, 7)
println "unused".format('%s-%s', 'a', 'b')
println 'x'.valueOf(42)
println 'x'.join('-', ['a', 'b'])
println 5.valueOf('7') + 1
println 5.parseInt('12') * 2
println 2.5d.valueOf('1.5')
println 10.max(3, 9)
