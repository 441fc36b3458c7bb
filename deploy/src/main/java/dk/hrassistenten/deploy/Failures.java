package dk.hrassistenten.deploy;

/** An exception told in one line for a person: its own message and, where that is empty, its causes'. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable e) {
        StringBuilder line = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                line.append(": ").append(t.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
                break;
            }
        }
        return line.toString();
    }
}
