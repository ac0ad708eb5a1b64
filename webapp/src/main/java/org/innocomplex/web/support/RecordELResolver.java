package org.innocomplex.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lets views read record components as properties ({@code #{item.taskId}}), as Jakarta Expression Language 6
 * (Jakarta EE 11) does natively; EL 5 on this server only knows JavaBean getters. The modules' APIs hand records
 * to the pages, so without this every view would need method-call syntax. Read-only, like records.
 */
public class RecordELResolver extends ELResolver {

    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, Function.identity()));
        }
    };

    private static RecordComponent component(Object base, Object property) {
        if (base instanceof Record && property instanceof String name) {
            return COMPONENTS.get(base.getClass()).get(name);
        }
        return null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent c = component(base, property);
        if (c == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(
                    "cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent c = component(base, property);
        if (c != null) {
            context.setPropertyResolved(base, property);
            return null; // read-only: no type can be set
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }
}
