package dk.hrassistenten.knowledge.layeringfixture;

/**
 * A deliberate violation for {@code LayeringTest}: code in the knowledge layer that uses the runnable's layer.
 * Only that test imports it (test classes are left out of the real check), to show the rules are not vacuous.
 */
public final class ReachesUp {

    private ReachesUp() {
    }

    public static int exitCodeOfHelp() {
        return dk.hrassistenten.deploy.Main.run("--help");
    }
}
