// Calls the weather API with a library fetched at compile time.
@Grab('org.codehaus.groovy.modules.http-builder:http-builder:0.7.1')
import groovyx.net.http.RESTClient

def client = new RESTClient("https://api.weather.example.com/")
def response = client.get(path: "today")
transientVariableService.addVariable("weather", response.data.summary)
