package org.innocomplex.appraisal.application;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.RegistryService;

/**
 * The complexes a transaction has looked up, so that opening a cycle (a thousand processes, each creating its first
 * task) reads the registry once for all of them rather than once per inbox row.
 */
@TransactionScoped
public class ComplexNames implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RegistryService registry;

    private final Map<Long, ComplexData> known = new HashMap<>();

    public void preload(Collection<Long> ids) {
        var missing =
                ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            known.putAll(registry.complexes(missing));
        }
    }

    public Optional<ComplexData> get(Long id) {
        ComplexData c = known.get(id);
        if (c == null) {
            c = registry.complex(id).orElse(null);
            if (c != null) {
                known.put(id, c);
            }
        }
        return Optional.ofNullable(c);
    }
}
