package org.tongban.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban security", description = "The tongban JAAS realm that REST calls authenticate against.")
public @interface SecurityConfig {

    @AttributeDefinition(description = "Users file (user = {CRYPT}hash{CRYPT},role,...); empty means ${karaf.etc}/tongban-users.properties")
    String usersFile() default "";

    @AttributeDefinition(description = "Failed logins in a row that lock an account for lockMinutes")
    int maxFailures() default 5;

    @AttributeDefinition(description = "Failed logins from one address within lockMinutes that lock the address")
    int maxAddressFailures() default 20;

    @AttributeDefinition(description = "Minutes an account or address stays locked after too many failed logins")
    int lockMinutes() default 15;

    @AttributeDefinition(description = "Seconds a successful login is remembered, so each request does not re-read the realm")
    int cacheSeconds() default 30;

    @AttributeDefinition(description = "Minutes a browser session of the hall's pages lasts without use")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "Hours a browser session lasts at most, used or not (a working day)")
    int sessionHours() default 10;
}
