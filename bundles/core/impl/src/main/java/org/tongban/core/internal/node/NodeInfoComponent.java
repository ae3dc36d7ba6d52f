package org.tongban.core.internal.node;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;

/**
 * Publishes the node's identity from {@code etc/org.tongban.node.cfg}. An invalid configuration fails activation
 * with every fault named, so nothing that depends on the identity starts on a wrong one.
 */
@Component(service = NodeInfo.class, configurationPid = "org.tongban.node", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = NodeConfig.class)
public class NodeInfoComponent implements NodeInfo {

    private static final Logger LOG = LoggerFactory.getLogger(NodeInfoComponent.class);
    private static final Set<String> PROFILES = Set.of("tongban-city", "tongban-county", "tongban-township", "tongban-village");

    private final NodeIdentity identity;
    private final FeaturesService features;

    @Activate
    public NodeInfoComponent(NodeConfig config, @Reference FeaturesService features) {
        this.features = features;
        try {
            this.identity = new NodeIdentity(config.id(), NodeLevel.parse(config.level()), config.divisionCode(),
                    config.name(), config.upstream(), config.demo());
        } catch (IllegalArgumentException e) {
            LOG.error("etc/org.tongban.node.cfg is invalid: {}", e.getMessage());
            throw e;
        }
        LOG.info("node {} ({} {}, {})", identity.id(), identity.level(), identity.divisionCode(), identity.name());
    }

    @Override
    public NodeIdentity identity() {
        return identity;
    }

    @Override
    public List<String> capabilities() {
        try {
            return Stream.of(features.listInstalledFeatures())
                    .map(Feature::getName)
                    .filter(n -> n.startsWith("tongban-") && !n.startsWith("tongban-infra-") && !PROFILES.contains(n))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list installed features: " + e.getMessage(), e);
        }
    }
}
