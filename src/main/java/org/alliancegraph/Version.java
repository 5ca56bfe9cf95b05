package org.alliancegraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The software version, filtered in by Maven; recorded in the provenance of every load. */
public final class Version {
    public static final String VERSION = read();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/alliancegraph.properties")) {
            Properties p = new Properties();
            if (in != null)
                p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
