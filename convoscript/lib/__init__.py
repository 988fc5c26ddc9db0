"""What scripts may use: the GDK and the JDK classes implemented in Python, registering their
members into the allow-list of `runtime.door`."""
