package org.innocomplex.web.access;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.innocomplex.access.api.Area;
import org.innocomplex.access.api.CredentialService;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.LoginLocks;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserFilter;
import org.innocomplex.access.api.UserService;
import org.innocomplex.access.api.UserSort;
import org.innocomplex.access.api.UserSummary;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.LazyFilters;
import org.innocomplex.web.support.PlaceNames;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code access/users.xhtml} (administrators only, by web.xml and again by the service): the users page by page,
 * creating a user, deactivating or re-activating one, resetting a password, unlocking a login locked after too many
 * failed attempts. An operator's county is their complex's,
 * so the form asks operators for the complex only.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "userForm";
    static final String PASSWORD_FORM = "passwordForm";
    static final Map<String, UserSort> SORTS = Map.of(
            "username",
            UserSort.USERNAME,
            "displayName",
            UserSort.DISPLAY_NAME,
            "role",
            UserSort.ROLE,
            "createdAt",
            UserSort.CREATED);
    static final int SUGGESTIONS = 20;

    @Inject
    UserService users;

    @Inject
    LoginLocks loginLocks;

    @Inject
    CredentialService credentials;

    @Inject
    RegistryService registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView locale;

    @Inject
    Faces faces;

    @Inject
    PlaceNames places;

    private final LazyDataModel<UserSummary> list = new Users();
    private List<CountyData> counties;
    private List<CityData> cities;
    private final Map<Long, ComplexData> complexNames = new HashMap<>();
    /** the locked logins of the page shown, with the end of each lock */
    private final Map<String, Instant> locked = new HashMap<>();
    /** the users of the page shown who have a second factor */
    private final Set<String> withFactor = new HashSet<>();

    // the new user, or the user whose role changes (roleFor)
    private String roleFor;
    private String username;
    private String displayName;
    private Role role = Role.COUNTY_OFFICIAL;
    private String scopeCode;
    private Long complexId;
    private String password;
    // the password reset
    private String resetUsername;
    private String newPassword;

    @PostConstruct
    void load() {
        cities = registry.cities();
        counties = cities.stream()
                .flatMap(c -> registry.counties(c.code()).stream())
                .toList();
    }

    class Users extends LazyDataModel<UserSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.count(currentUser.require(), filter(filterBy));
        }

        @Override
        public List<UserSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = LazyFilters.sort(sortBy);
            List<UserSummary> page = users.find(
                    currentUser.require(),
                    filter(filterBy),
                    sort.map(s -> SORTS.get(s.getKey())).orElse(UserSort.USERNAME),
                    sort.map(Map.Entry::getValue).orElse(true),
                    first,
                    pageSize);
            rememberComplexes(page.stream()
                    .map(UserSummary::complexId)
                    .filter(Objects::nonNull)
                    .toList());
            locked.clear();
            locked.putAll(loginLocks.locked(
                    currentUser.require(),
                    page.stream().map(UserSummary::username).toList()));
            withFactor.clear();
            withFactor.addAll(credentials.withSecondFactor(
                    page.stream().map(UserSummary::username).toList()));
            return page;
        }

        @Override
        public String getRowKey(UserSummary u) {
            return u.username();
        }
    }

    static UserFilter filter(Map<String, FilterMeta> f) {
        return new UserFilter(
                LazyFilters.global(f), LazyFilters.enumValue(f, "role", Role.class), LazyFilters.bool(f, "active"));
    }

    private void rememberComplexes(List<Long> ids) {
        List<Long> unknown =
                ids.stream().filter(id -> !complexNames.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            complexNames.putAll(registry.complexes(unknown));
        }
    }

    // --- create

    private String emailUsername;
    private String email;

    public void create() {
        roleFor = null;
        username = null;
        displayName = null;
        role = Role.COUNTY_OFFICIAL;
        scopeCode = null;
        complexId = null;
        password = null;
    }

    /** The dialog for another role: the same role and scope fields as a new user's, the rest shown, not edited. */
    public void startRoleChange(UserSummary u) {
        roleFor = u.username();
        username = u.username();
        displayName = u.displayName();
        role = u.role();
        scopeCode = u.role().area() == Area.COMPLEX ? null : u.scopeCode();
        complexId = u.complexId();
        password = null;
    }

    /** the user whose role the dialog changes; null while it creates one */
    public String getRoleFor() {
        return roleFor;
    }

    public void save() {
        Area area = role == null ? Area.ALL : role.area();
        // the form has one field per kind of place: a select of counties, cities or provinces, or the complex
        String scope = switch (area) {
            case COUNTY, CITY, PROVINCE -> scopeCode;
            case COMPLEX ->
                complexId == null
                        ? null
                        : registry.complex(complexId)
                                .map(ComplexData::countyCode)
                                .orElse(null);
            case ALL, NONE -> null;
        };
        Long complex = area == Area.COMPLEX ? complexId : null;
        char[] pw = password == null ? new char[0] : password.toCharArray();
        try {
            if (roleFor != null) {
                users.changeRole(currentUser.require(), roleFor, role, scope, complex);
                faces.info("access.users.roleChanged", roleFor);
            } else {
                users.create(currentUser.require(), new NewUser(username, displayName, pw, role, scope, complex));
                faces.info("access.users.userCreated", username);
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("users", "messages");
            password = null;
        } catch (ValidationException e) {
            faces.violations(
                    FORM,
                    area == Area.CITY
                            ? scopeField(e, "cityCode")
                            : area == Area.PROVINCE ? scopeField(e, "provinceCode") : e);
        } catch (DomainException e) {
            faces.error(e);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    /** A municipal or provincial official's scope is chosen in a select of its own id (city, province). */
    private static ValidationException scopeField(ValidationException e, String field) {
        return new ValidationException(e.violations().stream()
                .map(v -> v.field().equals("scopeCode") ? new Violation(field, v.key(), v.args()) : v)
                .toList());
    }

    /** Suggestions for an operator's complex: active complexes whose name contains what was typed. */
    public List<Long> completeComplex(String text) {
        List<ComplexData> found = registry.findComplexes(
                new ComplexFilter(text, null, null, null, true), ComplexSort.NAME_ZH, true, 0, SUGGESTIONS);
        found.forEach(c -> complexNames.put(c.id(), c));
        return found.stream().map(ComplexData::id).toList();
    }

    public String complexName(Long id) {
        if (id == null) {
            return "";
        }
        rememberComplexes(List.of(id));
        ComplexData c = complexNames.get(id);
        return c == null ? String.valueOf(id) : c.name(locale.isChinese());
    }

    // --- deactivate, reactivate, reset

    public void deactivate(String user) {
        setActive(user, false);
    }

    public void reactivate(String user) {
        setActive(user, true);
    }

    private void setActive(String user, boolean active) {
        try {
            users.setActive(currentUser.require(), user, active);
            faces.info(active ? "access.users.reactivated" : "access.users.deactivated", user);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    // --- a login locked after too many failed attempts

    public boolean isLocked(String user) {
        return locked.containsKey(user);
    }

    public Instant lockedUntil(String user) {
        return locked.get(user);
    }

    public void unlock(String user) {
        try {
            if (loginLocks.unlock(currentUser.require(), user)) {
                faces.info("access.users.unlocked", user);
            }
            locked.remove(user);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    // --- the second factor: a user who lost their phone (and their recovery codes) enrols again

    public boolean hasSecondFactor(String user) {
        return withFactor.contains(user);
    }

    public void resetSecondFactor(String user) {
        try {
            credentials.resetSecondFactor(currentUser.require(), user);
            withFactor.remove(user);
            faces.info("access.users.factorReset", user);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    // --- e-mail, where notifications are sent when an SMTP host is configured

    public void startEmail(String user) {
        emailUsername = user;
        email = users.emails(List.of(user)).get(user);
    }

    public void saveEmail() {
        try {
            users.setEmail(currentUser.require(), emailUsername, email);
            faces.info("access.users.emailSaved", emailUsername);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (ValidationException e) {
            faces.violations(
                    "emailForm",
                    new ValidationException(e.violations().stream()
                            .map(v -> new Violation("address", v.key(), v.args()))
                            .toList()));
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public String getEmailUsername() {
        return emailUsername;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void startReset(String user) {
        resetUsername = user;
        newPassword = null;
    }

    public void resetPassword() {
        char[] pw = newPassword == null ? new char[0] : newPassword.toCharArray();
        try {
            users.resetPassword(currentUser.require(), resetUsername, pw);
            faces.info("access.users.passwordReset", resetUsername);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            newPassword = null;
        } catch (ValidationException e) {
            faces.violations(PASSWORD_FORM, e);
        } catch (DomainException e) {
            faces.error(e);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    // --- for the page

    /** The county or city a user is scoped to, by name. */
    public String scopeName(String code) {
        if (code == null) {
            return "";
        }
        return counties.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .map(c -> c.name(locale.isChinese()))
                .or(() -> cities.stream()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .map(c -> c.name(locale.isChinese())))
                .or(() -> getProvinces().contains(code) ? Optional.of(places.province(code)) : Optional.empty())
                .orElse(code);
    }

    /** The provinces of the registry's cities. */
    public List<String> getProvinces() {
        return cities.stream()
                .map(c -> ActorScope.provinceOf(c.code()))
                .distinct()
                .sorted()
                .toList();
    }

    public boolean isSelf(String user) {
        return currentUser.get().map(a -> a.username().equals(user)).orElse(false);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<CountyData> getCounties() {
        return counties;
    }

    public List<CityData> getCities() {
        return cities;
    }

    public LazyDataModel<UserSummary> getList() {
        return list;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getScopeCode() {
        return scopeCode;
    }

    public void setScopeCode(String scopeCode) {
        this.scopeCode = scopeCode;
    }

    public Long getComplexId() {
        return complexId;
    }

    public void setComplexId(Long complexId) {
        this.complexId = complexId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
