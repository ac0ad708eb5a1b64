package org.innocomplex.workflow.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which EL a BPMN file may contain. Flowable evaluates {@code ${…}} with JUEL, which can call any public method of
 * any object it reaches ({@code ${''.getClass().forName(…)}}); so a call is allowed only to an allowlisted function
 * ({@code vars:get}) or as an allowlisted method directly on a process variable ({@code experts.size()}), and the
 * EL 3 operators that assign, chain statements or build lambdas are refused.
 */
public final class ExpressionRules {

    /** Why an expression is refused: a bundle key and the offending piece. */
    public record Refusal(String key, String detail) {}

    private final Set<String> functions;
    private final Set<String> notVariables;
    private final Set<String> variableMethods;

    public ExpressionRules(Set<String> functions, Set<String> notVariables, Set<String> variableMethods) {
        this.functions = functions;
        this.notVariables = notVariables;
        this.variableMethods = variableMethods;
    }

    /** @return whether {@code text} contains an expression at all */
    public static boolean hasExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Checks every {@code ${…}} and {@code #{…}} in the text. */
    public Optional<Refusal> check(String text) {
        int i = 0;
        while (text != null && i < text.length()) {
            int start = nextStart(text, i);
            if (start < 0) {
                return Optional.empty();
            }
            int end = closing(text, start + 2);
            if (end < 0) {
                return Optional.of(new Refusal("workflow.validation.expressionSyntax", text.substring(start)));
            }
            String body = text.substring(start + 2, end);
            Optional<Refusal> r = checkBody(body, text.substring(start, end + 1));
            if (r.isPresent()) {
                return r;
            }
            i = end + 1;
        }
        return Optional.empty();
    }

    private static int nextStart(String text, int from) {
        int a = text.indexOf("${", from);
        int b = text.indexOf("#{", from);
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    /** The '}' ending an expression, skipping string literals; -1 when it never ends. */
    private static int closing(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private enum T {
        IDENT,
        FUNCTION,
        STRING,
        NUMBER,
        DOT,
        LBRACKET,
        RBRACKET,
        LPAREN,
        RPAREN,
        OP
    }

    private record Tok(T type, String text) {}

    private Optional<Refusal> checkBody(String body, String whole) {
        List<Tok> toks;
        try {
            toks = tokens(body);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Refusal(e.getMessage(), whole));
        }
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            Tok prev = k > 0 ? toks.get(k - 1) : null;
            if (t.type() == T.IDENT && notVariables.contains(t.text()) && (prev == null || prev.type() != T.DOT)) {
                Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
                if (next != null && (next.type() == T.DOT || next.type() == T.LBRACKET || next.type() == T.LPAREN)) {
                    return Optional.of(new Refusal("workflow.validation.engineObject", whole));
                }
            }
            if (t.type() == T.IDENT && prev != null && prev.type() == T.DOT && isReflective(t.text())) {
                return Optional.of(new Refusal("workflow.validation.methodCall", whole));
            }
            if (t.type() == T.STRING && prev != null && prev.type() == T.LBRACKET && isReflective(t.text())) {
                return Optional.of(new Refusal("workflow.validation.methodCall", whole));
            }
            if (t.type() != T.LPAREN || prev == null) {
                continue;
            }
            switch (prev.type()) {
                case FUNCTION -> {
                    if (!functions.contains(prev.text())) {
                        return Optional.of(new Refusal("workflow.validation.functionNotAllowed", prev.text()));
                    }
                }
                case IDENT -> {
                    Tok before = k >= 2 ? toks.get(k - 2) : null;
                    if (before == null || before.type() != T.DOT) {
                        // a function of the default namespace
                        if (!functions.contains(prev.text())) {
                            return Optional.of(new Refusal("workflow.validation.functionNotAllowed", prev.text()));
                        }
                    } else {
                        Tok receiver = k >= 3 ? toks.get(k - 3) : null;
                        Tok beforeReceiver = k >= 4 ? toks.get(k - 4) : null;
                        boolean onVariable = receiver != null
                                && receiver.type() == T.IDENT
                                && (beforeReceiver == null || beforeReceiver.type() != T.DOT)
                                && !notVariables.contains(receiver.text());
                        if (!onVariable || !variableMethods.contains(prev.text())) {
                            return Optional.of(new Refusal("workflow.validation.methodCall", whole));
                        }
                    }
                }
                case RPAREN, RBRACKET, STRING, NUMBER, DOT ->
                // calling what a call, an index or a literal returns
                {
                    return Optional.of(new Refusal("workflow.validation.methodCall", whole));
                }
                default -> {
                    // a parenthesised sub-expression
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isReflective(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("class") || n.equals("getclass") || n.equals("classloader") || n.equals("forname");
    }

    private static List<Tok> tokens(String s) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        j++;
                    }
                    sb.append(s.charAt(j));
                    j++;
                }
                if (j >= s.length()) {
                    throw new IllegalArgumentException("workflow.validation.expressionSyntax");
                }
                out.add(new Tok(T.STRING, sb.toString()));
                i = j + 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Tok(T.NUMBER, s.substring(i, j)));
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                String name = s.substring(i, j);
                // prefix:name( is a function; "a ? b : c" keeps its ':' apart
                if (j + 1 < s.length() && s.charAt(j) == ':' && Character.isJavaIdentifierStart(s.charAt(j + 1))) {
                    int k = j + 1;
                    while (k < s.length() && Character.isJavaIdentifierPart(s.charAt(k))) {
                        k++;
                    }
                    int p = k;
                    while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                        p++;
                    }
                    if (p < s.length() && s.charAt(p) == '(') {
                        out.add(new Tok(T.FUNCTION, s.substring(i, k)));
                        i = k;
                        continue;
                    }
                }
                out.add(new Tok(T.IDENT, name));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                switch (two) {
                    case "==", "!=", "<=", ">=", "&&", "||" -> {
                        out.add(new Tok(T.OP, two));
                        i += 2;
                        continue;
                    }
                    case "->", "+=" -> throw new IllegalArgumentException("workflow.validation.expressionOperator");
                    default -> {}
                }
                switch (c) {
                    case '.' -> out.add(new Tok(T.DOT, "."));
                    case '[' -> out.add(new Tok(T.LBRACKET, "["));
                    case ']' -> out.add(new Tok(T.RBRACKET, "]"));
                    case '(' -> out.add(new Tok(T.LPAREN, "("));
                    case ')' -> out.add(new Tok(T.RPAREN, ")"));
                    case '<', '>', '!', '+', '-', '*', '/', '%', '?', ':', ',' ->
                        out.add(new Tok(T.OP, String.valueOf(c)));
                    // '=' assigns, ';' chains statements, braces build sets and maps in EL 3
                    default -> throw new IllegalArgumentException("workflow.validation.expressionOperator");
                }
                i++;
            }
        }
        return out;
    }
}
