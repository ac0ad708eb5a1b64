package org.innocomplex.appraisal.api;

/**
 * What became of one task of a bulk approval.
 *
 * @param errorKey the message-bundle key of the refusal, null when approved
 * @param errorArg its one argument (e.g. who holds the task), or null
 */
public record BulkOutcome(String taskId, String complexNameZh, String complexNameEn, String errorKey, String errorArg)
        implements java.io.Serializable {

    public boolean ok() {
        return errorKey == null;
    }
}
