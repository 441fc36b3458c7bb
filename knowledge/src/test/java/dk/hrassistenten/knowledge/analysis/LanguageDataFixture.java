package dk.hrassistenten.knowledge.analysis;

/** The Danish language data as bin/test installs it; tests of the analysis need the real dictionary. */
public final class LanguageDataFixture {

    private LanguageDataFixture() {
    }

    /** The installed data; fails with what to install when a file is missing. */
    public static LanguageData installed() {
        LanguageData data = LanguageData.standard();
        if (!data.warnings().isEmpty()) {
            throw new IllegalStateException("Danish language data missing (run bin/test, or apt-get install hunspell-da mythes-da): "
                    + data.warnings());
        }
        return data;
    }
}
