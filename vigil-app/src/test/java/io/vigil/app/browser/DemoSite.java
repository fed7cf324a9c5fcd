package io.vigil.app.browser;

import io.vigil.app.demo.DemoDataset;
import io.vigil.app.demo.DemoLoad;
import io.vigil.app.demo.DemoUsers;
import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.LoginConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.core.config.WebConfig;
import io.vigil.store.SearchBackend;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What {@code vigil demo} serves, started in-process on a throw-away data directory: the embedded
 * engine with the demo dataset, the web server on a free port, and one demo user per role.
 */
final class DemoSite implements AutoCloseable {

    /** Sign-in settings for tests: failed sign-ins answer fast, and one address may try often. */
    private static final LoginConfig LOGIN = new LoginConfig(null, null, null, null, 1_000, null, Duration.ofMillis(50));

    private final Vigil vigil;
    private final VigilServer server;
    private final URI url;
    private final List<DemoUsers.Login> logins;
    private final Instant end;
    private final DemoLoad load;

    private DemoSite(Vigil vigil, VigilServer server, URI url, List<DemoUsers.Login> logins, Instant end, DemoLoad load) {
        this.vigil = vigil;
        this.server = server;
        this.url = url;
        this.logins = logins;
        this.end = end;
        this.load = load;
    }

    static DemoSite start(Path dataDir) {
        VigilConfig config = VigilConfig.defaults().withDataDir(dataDir).withPrograms(DemoDataset.programs())
                .withWeb(new WebConfig("127.0.0.1", 0, null, null, null, LOGIN, null));
        Vigil vigil = Vigil.open(config, Map.of(), false);
        try {
            Clock clock = Clock.systemUTC();
            Instant end = clock.instant().truncatedTo(ChronoUnit.DAYS);
            DemoLoad load = DemoDataset.load(vigil, clock);
            VigilServer server = new VigilServer(vigil, new KeyStore(dataDir, clock), Map.of());
            List<DemoUsers.Login> logins = DemoUsers.create(server.users());
            return new DemoSite(vigil, server, server.start(), logins, end, load);
        } catch (RuntimeException e) {
            vigil.close();
            throw e;
        }
    }

    URI url() {
        return url;
    }

    SearchBackend engine() {
        return vigil.engine().backend();
    }

    DemoLoad load() {
        return load;
    }

    /** Where the demo's 30 days end: the midnight (UTC) before it was loaded. */
    Instant end() {
        return end;
    }

    List<DemoUsers.Login> logins() {
        return logins;
    }

    DemoUsers.Login login(Role role) {
        return logins.stream().filter(login -> login.user().roles().contains(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo has no user with role " + role));
    }

    /** Adds a user of its own for a test, so that what the test does to it touches no demo user. */
    User addUser(String name, String password, Role role, List<String> projects) {
        return server.users().add(name, password, List.of(role), projects);
    }

    String generatePassword() {
        return server.users().generatePassword();
    }

    @Override
    public void close() {
        server.close();
        vigil.close();
    }
}
