package dk.hrassistenten.knowledge.document;

import java.util.Locale;

/** What kind of document a text is; decides how versions compare and how sources are described. */
public enum DocumentKind {
    ORGANISATION_DESCRIPTION("organisationsbeskrivelse"),
    FAQ("spørgsmål og svar"),
    MINUTES("referat"),
    AGENDA("dagsorden"),
    OTHER("dokument");

    private final String danishName;

    DocumentKind(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }

    /** Parses a sidecar value such as "minutes" or "referat". */
    public static DocumentKind parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (DocumentKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(v) || kind.danishName.equals(v)) {
                return kind;
            }
        }
        return switch (v) {
            case "organisation", "organization", "org" -> ORGANISATION_DESCRIPTION;
            case "faq" -> FAQ;
            default -> OTHER;
        };
    }
}
