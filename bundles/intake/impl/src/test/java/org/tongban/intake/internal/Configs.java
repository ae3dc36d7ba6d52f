package org.tongban.intake.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Typed configurations for tests: each attribute its default unless given. */
final class Configs {

    private Configs() {
    }

    static IntakeConfig intake(Map<String, Object> given) {
        return (IntakeConfig) Proxy.newProxyInstance(IntakeConfig.class.getClassLoader(), new Class<?>[] {IntakeConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return IntakeConfig.class;
                    }
                    return given.containsKey(method.getName()) ? given.get(method.getName()) : method.getDefaultValue();
                });
    }
}
