// java.util.regex.Pattern and Matcher as classes: compile with flags, quote, matches, quoteReplacement
import java.util.regex.Pattern
import java.util.regex.Matcher
def p = Pattern.compile('a+b')
println p.matcher('xaab').find()
println Pattern.quote('1+1=2?')
println(('x1+1=2?y' =~ Pattern.quote('1+1=2?')).find())
println 'cost: $5'.replaceAll('cost', Matcher.quoteReplacement('price $'))
def ci = Pattern.compile('hello', Pattern.CASE_INSENSITIVE)
println ci.matcher('Say HELLO').find()
println Pattern.matches('\\d+', '123')
println p.pattern() + ' ' + p.toString()
def lit = Pattern.compile('a.c', Pattern.LITERAL)
println "${lit.matcher('xa.cx').find()} ${lit.matcher('xabcx').find()} ${lit.flags()}"
def ml = Pattern.compile('^b', Pattern.MULTILINE | Pattern.CASE_INSENSITIVE)
println "${ml.matcher('a\nB').find()} ${ml.pattern()} ${ml.flags()}"
println Pattern.quote('a\\Eb')
println 'a.b'.replaceAll(Pattern.quote('.'), '-')
println ('XYZ' ==~ Pattern.compile('xyz', Pattern.CASE_INSENSITIVE))
switch ('Hello') { case Pattern.compile('h.*', Pattern.CASE_INSENSITIVE): println 'greeting'; break; default: println 'no' }
try { Pattern.compile('(a') } catch (java.util.regex.PatternSyntaxException e) { println 'bad pattern' }
