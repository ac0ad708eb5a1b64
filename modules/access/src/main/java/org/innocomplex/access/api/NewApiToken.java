package org.innocomplex.access.api;

/**
 * A token just created: {@code token} is the secret itself, which exists only here and is shown to its owner once;
 * the system keeps only its hash.
 */
public record NewApiToken(String token, ApiTokenSummary summary) {

    @Override
    public String toString() {
        // never print the secret by accident
        return "NewApiToken[" + summary + "]";
    }
}
