package org.tongban.intake.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What intake tells its readers, from the bundle {@code org/tongban/intake/internal/messages*.properties} (UTF-8):
 * Chinese (the base file, zh_CN) by default, English for staff who ask for it. The node's own locale never decides.
 */
final class Messages {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.tongban.intake.internal.messages";
    /** Straight to the base file after the asked language: not to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static String text(Locale locale, String key, List<String> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : CHINESE,
                Messages.class.getClassLoader(), NO_FALLBACK);
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE, e);
        }
    }

    static String text(Locale locale, String key, String... args) {
        return text(locale, key, List.of(args));
    }

    /** Whether the language is English; everything else reads Chinese. */
    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
