package org.tongban.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban security", description = "The tongban JAAS realm that REST calls authenticate against.")
public @interface SecurityConfig {

    @AttributeDefinition(description = "Users file (user = {CRYPT}hash{CRYPT},role,...); empty means ${karaf.etc}/tongban-users.properties")
    String usersFile() default "";

    @AttributeDefinition(description = "Password hash algorithm of the users file")
    String algorithm() default "SHA-256";

    @AttributeDefinition(description = "Seconds a successful login is remembered, so each request does not re-read the realm")
    int cacheSeconds() default 30;
}
