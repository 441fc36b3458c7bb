package dk.hrassistenten.bot.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The agenda as a Word document (.docx) laid out like the committees' own agendas and like
 * {@link AgendaMarkdown}: a heading with forum, date, time and place; a table of contents of the items with
 * their numbers and time slots; then each item on a page of its own with its case number, number, title and
 * time slot, "Det indstilles, at", "Sagsfremstilling" and "Bilag". Always Danish: it is the committee's
 * document. Thread-safe.
 */
public final class AgendaDocx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String FONT = "Calibri";
    /** The one revision the service writes a document in (Word's rsid: four bytes, any value). */
    private static final byte[] REVISION = {0x00, 0x48, 0x52, 0x41};

    private AgendaDocx() {
    }

    /** The document's bytes; nothing of it is left open. */
    public static byte[] render(Meeting meeting) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle("Dagsorden " + meeting.forum().name() + " " + meeting.date());
            text(doc, "Dagsorden", true, 24);
            text(doc, "Møde i " + meeting.forum().name(), true, 14);
            text(doc, AgendaMarkdown.LONG_DATE.format(meeting.date()) + " kl. " + AgendaMarkdown.TIME.format(meeting.forum().starts()), true, 12);
            if (meeting.forum().place() != null) {
                text(doc, meeting.forum().place(), true, 12);
            }
            text(doc, "Indholdsfortegnelse", true, 16);
            if (meeting.slots().isEmpty()) {
                text(doc, "Der er endnu ingen punkter på dagsordenen.", false, 11);
            }
            for (Meeting.Slot s : meeting.slots()) {
                text(doc, heading(s), false, 11);
            }
            for (Meeting.Slot s : meeting.slots()) {
                item(doc, s);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Written to memory only: an IOException here is a bug, not a condition to handle.
            throw new UncheckedIOException("writing an agenda document to memory failed", e);
        }
    }

    private static void item(XWPFDocument doc, Meeting.Slot s) {
        AgendaItem item = s.item();
        // Each item starts on a page of its own, as in the committees' printed agendas.
        paragraph(doc).createRun().addBreak(BreakType.PAGE);
        if (item.caseNumber() != null) {
            text(doc, item.caseNumber(), false, 10);
        }
        text(doc, heading(s), true, 14);
        if (item.recommendation() != null) {
            section(doc, "Det indstilles, at", item.recommendation());
        }
        if (item.description() != null) {
            section(doc, "Sagsfremstilling", item.description());
        }
        if (!item.attachments().isEmpty()) {
            text(doc, "Bilag", true, 12);
            item.attachments().forEach(a -> text(doc, "- " + a, false, 11));
        }
    }

    private static String heading(Meeting.Slot s) {
        return s.item().position() + ". " + s.item().title() + " " + AgendaMarkdown.slot(s);
    }

    private static void section(XWPFDocument doc, String title, String body) {
        text(doc, title, true, 12);
        for (String line : body.split("\n")) {
            text(doc, line, false, 11);
        }
    }

    private static void text(XWPFDocument doc, String text, boolean bold, int points) {
        XWPFParagraph paragraph = paragraph(doc);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setText(xmlSafe(text));
    }

    /**
     * A new paragraph with a revision id, as Word writes every paragraph: readers simpler than Word (docx2txt) find
     * paragraphs only by their attributes, and run a document of bare {@code <w:p>} together into one line.
     */
    private static XWPFParagraph paragraph(XWPFDocument doc) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.getCTP().setRsidR(REVISION);
        paragraph.getCTP().setRsidRDefault(REVISION);
        return paragraph;
    }

    /** Text from people may hold control characters, which XML (and so Word) cannot carry: they are left out. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
