package io.hikeshi.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The runbooks in the repository's templates/ (other tests run without runbooks). */
public class ShippedRunbooks implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("hikeshi.templates.dir", "templates");
    }
}
