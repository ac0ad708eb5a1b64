package org.innocomplex.web.errors;

/**
 * A request the application's own pages never send: a parameter a page needs is missing or malformed (a hand-edited
 * address, a forged post). {@link PageExceptionHandler} answers it with a 400 and the translated {@link #key()}; it
 * carries no stack trace, since it is the caller's mistake, not a defect to trace.
 */
public class MalformedRequestException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public MalformedRequestException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
