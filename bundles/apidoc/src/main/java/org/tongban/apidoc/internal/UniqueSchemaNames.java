package org.tongban.apidoc.internal;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.HashMap;
import java.util.Map;

/**
 * Schema names for one document: a type's simple name, unless another type took it first (intake's review body and
 * evaluation's Review, the catalogue's and the surrogate service's Fee); then its capability's name before it
 * (EvaluationReview). Swagger's own naming gives both the one name and documents only one of them.
 */
final class UniqueSchemaNames extends TypeNameResolver {

    private final Map<String, Class<?>> claimed = new HashMap<>();

    @Override
    protected synchronized String getNameOfClass(Class<?> type) {
        String name = super.getNameOfClass(type);
        Class<?> owner = claimed.putIfAbsent(name, type);
        if (owner == null || owner == type) {
            return name;
        }
        String qualified = capability(type) + name;
        for (int n = 2; claimed.putIfAbsent(qualified, type) != null && claimed.get(qualified) != type; n++) {
            qualified = capability(type) + name + n;
        }
        return qualified;
    }

    /** org.tongban.evaluation... → Evaluation; anything else by its package's last part. */
    private static String capability(Class<?> type) {
        String[] parts = type.getPackageName().split("\\.");
        String part = parts.length > 2 && "org".equals(parts[0]) && "tongban".equals(parts[1]) ? parts[2] : parts[parts.length - 1];
        return part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1).replace("-", "");
    }
}
