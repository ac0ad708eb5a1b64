package org.innocomplex.web.access;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.ApiTokenService;
import org.innocomplex.access.api.ApiTokenSummary;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NewApiToken;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.web.support.Faces;

/**
 * {@code account/tokens.xhtml}, every user's own page: their personal API tokens (created with a name and a lifetime,
 * listed with creation, expiry and last use, revoked). A new token is shown in the response that created it and
 * never again: it is held in a transient field only, so it is neither written into the replicated session nor shown
 * after the next action.
 */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "tokenForm";

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private String name;
    private Integer days;
    private transient String created;
    private transient List<ApiTokenSummary> list;

    public void create() {
        created = null;
        try {
            NewApiToken t = tokens.create(currentUser.require(), name, days);
            created = t.token();
            faces.info("access.tokens.created", t.summary().name());
            name = null;
            days = null;
            list = null;
        } catch (ValidationException e) {
            faces.violations(FORM, e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void revoke(long id) {
        created = null;
        try {
            tokens.revoke(currentUser.require(), id);
            faces.info("access.tokens.revoked");
        } catch (DomainException e) {
            faces.error(e);
        }
        list = null;
    }

    public List<ApiTokenSummary> getList() {
        if (list == null) {
            list = tokens.mine(currentUser.require());
        }
        return list;
    }

    /** the token just created, for this response only */
    public String getCreated() {
        return created;
    }

    public String getDaysHint() {
        return faces.text("access.tokens.daysHint", tokens.defaultDays(), tokens.maxDays());
    }

    public int getMaxDays() {
        return tokens.maxDays();
    }

    public int getDefaultDays() {
        return tokens.defaultDays();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
