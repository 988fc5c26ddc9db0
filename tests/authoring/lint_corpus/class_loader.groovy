// Looks up a helper class through the script's class loader.
def loader = this.class.classLoader
def helper = loader.loadClass("com.acme.Helper")
execution.setVariable("helperLoaded", helper != null)
