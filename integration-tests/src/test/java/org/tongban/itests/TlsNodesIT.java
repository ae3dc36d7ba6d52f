package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.freeOffset;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.status;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county set up with {@code --tls} and a township that reports to it over HTTPS, trusting the county's certificate
 * alone ({@code --trust}): the catalogue comes down and the cases go up encrypted, and a client that does not trust
 * that certificate is refused.
 */
class TlsNodesIT {

    @TempDir
    Path dir;

    private RealNodes nodes;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void aTownshipReportsToItsCountyOverHttpsTrustingOnlyItsCertificate() throws Exception {
        nodes = new RealNodes(dir);
        int countyOffset = freeOffset(4100);
        int townshipOffset = freeOffset(countyOffset + 37);
        Path county = nodes.unpack("county");
        Path township = nodes.unpack("township");
        RealNodes.init(county, "--level", "county", "--division", "370783", "--name", "寿光市政务服务中心",
                "--port-offset", Integer.toString(countyOffset), "--tls");
        Path certificate = county.resolve("etc/tongban-tls.crt");
        assertTrue(Files.readString(certificate).startsWith("-----BEGIN CERTIFICATE-----"));
        String countyHttps = "https://127.0.0.1:" + (8443 + countyOffset);
        RealNodes.init(township, "--level", "township", "--division", "370783003", "--name", "文家街道便民服务中心",
                "--port-offset", Integer.toString(townshipOffset), "--upstream", countyHttps, "--trust", certificate.toString());
        RealNodes.link(county, township, "township-370783003", "sync-secret", 2);
        RealNodes.demo(county);
        String countyUrl = RealNodes.url(countyOffset);
        String townshipUrl = RealNodes.url(townshipOffset);
        nodes.startTogether(new Path[] {county, township}, new String[] {countyUrl, townshipUrl});

        await("the county's catalogue pulled over HTTPS").atMost(Duration.ofSeconds(60))
                .until(() -> status(townshipUrl + "/api/v1/catalog/items/" + RealNodes.FOOD) == 200);
        String number = RealNodes.submitFoodCase(townshipUrl);
        await("the case at the county over HTTPS").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(countyUrl + "/api/v1/sync/inbox?subject=case:" + number, "ops").contains("case.accepted"));

        HttpRequest health = HttpRequest.newBuilder(URI.create(countyHttps + "/api/v1/health")).build();
        HttpResponse<String> trusted = trusting(certificate).send(health, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, trusted.statusCode(), trusted.body());
        assertThrows(SSLHandshakeException.class, () -> HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.ofString()),
                "a client that does not trust the county's certificate gets no answer");
    }

    private static HttpClient trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("county", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
    }
}
