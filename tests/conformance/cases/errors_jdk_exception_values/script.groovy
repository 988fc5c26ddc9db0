import java.util.concurrent.TimeoutException
import java.util.concurrent.ExecutionException
def show = { c -> try { def e = c(); println "${e.getClass().name} | ${e} | ${e.message} | ${e.cause} | ${e.getClass().superclass.name}" } catch (x) { println "ERR ${x.getClass().name}: ${x.message}" } }
show { new java.net.SocketTimeoutException("t") }
show { new java.net.SocketTimeoutException() }
show { new SocketTimeoutException("default import") }
show { new SocketException("s") }
show { new ConnectException("c") }
show { new UnknownHostException("h") }
show { new InterruptedIOException("i") }
show { new EOFException("eof") }
show { new TimeoutException("to") }
show { new TimeoutException() }
show { new TimeoutException("a", new RuntimeException("b")) }
show { new ExecutionException("ex", new RuntimeException("b")) }
show { new ExecutionException(new RuntimeException("b")) }
show { new ExecutionException("only") }
show { new java.util.concurrent.CancellationException("cx") }
show { new UncheckedIOException("u", new IOException("io")) }
show { new UncheckedIOException(new IOException("io")) }
show { new UncheckedIOException("u", null) }
show { new UncheckedIOException("u", new RuntimeException("r")) }
show { new InterruptedException("int") }
show { new InputMismatchException("im") }
show { new EmptyStackException() }
show { new UnsupportedOperationException("uo", new RuntimeException("r")) }
show { new NumberFormatException("nf") }
show { new java.net.SocketTimeoutException(new RuntimeException()) }
show { new TimeoutException("lookup ${1}") }
def caught = []
[new SocketTimeoutException("a"), new ConnectException("b"), new TimeoutException("c"), new UncheckedIOException(new EOFException("d"))].each { ex ->
    try { throw ex }
    catch (InterruptedIOException e) { caught << "interrupted-io ${e.message}" }
    catch (IOException e) { caught << "io ${e.message}" }
    catch (RuntimeException e) { caught << "runtime ${e.cause.getClass().simpleName}" }
    catch (Exception e) { caught << "exception ${e.getClass().simpleName}" }
}
println caught
execution.setVariable("caught", caught*.toString())
throw new TimeoutException("gave up")
