package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path corpus;

    @Test
    void readsEveryFormatRecursivelyAndSkipsBadFilesWithAWarning() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Tekst om ferie.");
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/b.md"), "# Overskrift\n\nTekst.");
        Files.write(corpus.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(corpus.resolve("empty.md"), "");
        Files.writeString(corpus.resolve("broken.docx"), "not a zip");
        Files.writeString(corpus.resolve("ignored.csv"), "a,b");
        Files.write(corpus.resolve("c.pdf"), TestDocuments.pdf("Pdf tekst om løn"));
        writeDocx(corpus.resolve("d.docx"));

        CorpusReader.Result result = new CorpusReader().read(CorpusFolder.of(corpus), p -> { });

        assertThat(result.documents()).extracting(SourceText::path).containsExactly("a.txt", "c.pdf", "d.docx", "sub/b.md");
        assertThat(result.documents().get(1).text()).contains("Pdf tekst om løn");
        assertThat(result.documents().get(2).text()).contains("# Politik", "- Punkt et", "Brødtekst");
        assertThat(result.warnings()).hasSize(3).anyMatch(w -> w.startsWith("binary.txt"))
                .anyMatch(w -> w.startsWith("empty.md")).anyMatch(w -> w.startsWith("broken.docx"));
    }

    @Test
    void nothingOutsideTheCorpusFolderIsReadAndALinkInsideIsReadOnce(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.md"), "Adgangskoden er hunter2.");
        Files.createDirectories(outside.resolve("share"));
        Files.writeString(outside.resolve("share/other.md"), "Lønninger for hele koncernen: hunter2.");
        Files.writeString(corpus.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.");
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/b.md"), "# Pension\n\nPensionen er 15 procent.");
        Files.createSymbolicLink(corpus.resolve("secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(corpus.resolve("share"), outside.resolve("share"));
        Files.createSymbolicLink(corpus.resolve("sub/up.md"), Path.of("../../" + outside.getFileName() + "/secret.md"));
        Files.createSymbolicLink(corpus.resolve("alias.md"), corpus.resolve("a.md"));
        Files.createSymbolicLink(corpus.resolve("mirror"), Path.of("sub"));

        CorpusReader.Result result = new CorpusReader().read(CorpusFolder.of(corpus), p -> { });

        assertThat(result.documents()).extracting(SourceText::path).containsExactly("a.md", "sub/b.md");
        assertThat(result.documents()).noneMatch(d -> d.text().contains("hunter2") || d.text().contains("root:"));
        assertThat(result.warnings()).hasSize(4).allMatch(w -> w.contains("outside the corpus folder"))
                .anyMatch(w -> w.startsWith("secret.md")).anyMatch(w -> w.startsWith("passwd.txt"))
                .anyMatch(w -> w.startsWith("share")).anyMatch(w -> w.startsWith("sub/up.md"))
                .noneMatch(w -> w.contains("hunter2") || w.contains("root:") || w.contains(outside.toString()));
    }

    @Test
    void aCorpusFolderReachedThroughALinkIsReadByItsRealPath(@TempDir Path parent) throws Exception {
        Path real = Files.createDirectories(parent.resolve("mount"));
        Files.writeString(real.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.");
        Path link = Files.createSymbolicLink(parent.resolve("corpus"), real);

        assertThat(new CorpusReader().read(CorpusFolder.of(link), p -> { }).documents()).extracting(SourceText::path).containsExactly("a.md");
    }

    @Test
    void readsContentFromBytesCitedAsTheCallerSays() throws Exception {
        Files.write(corpus.resolve("c.pdf"), TestDocuments.pdf("Pdf tekst om løn"));
        CorpusReader reader = new CorpusReader();

        SourceText pdf = reader.readContent("referat.PDF", Files.readAllBytes(corpus.resolve("c.pdf")), "https://intra.example/referat.pdf", 42L)
                .orElseThrow();

        assertThat(pdf.path()).isEqualTo("https://intra.example/referat.pdf");
        assertThat(pdf.text()).contains("Pdf tekst om løn");
        assertThat(pdf.lastModifiedMillis()).isEqualTo(42L);
        assertThat(reader.readContent("tom.md", new byte[0], "tom.md", 0L)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.readContent("data.csv", "a,b".getBytes(), "data.csv", 0L))
                .hasMessageContaining("not a supported format");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.readContent("x.docx", "not a zip".getBytes(), "x.docx", 0L))
                .hasMessageContaining(".docx");
    }

    @Test
    void aWordTableIsReadRowByRowWithItsColumnsNames() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var table = doc.createTable(3, 2);
            String[][] cells = {{"Hvis medarbejderen spørger om", "Send videre til"}, {"Nyt nøglekort", "Nøglekontoret Skovlund"},
                    {"Fejl i ferieregnskabet", "Ferieteamet Skovlund"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }

        String text = new CorpusReader().readContent("omstilling.docx", docx, "omstilling.docx", 0L).orElseThrow().text();

        assertThat(text).contains("Hvis medarbejderen spørger om: Nyt nøglekort; Send videre til: Nøglekontoret Skovlund.")
                .contains("Hvis medarbejderen spørger om: Fejl i ferieregnskabet; Send videre til: Ferieteamet Skovlund.");
    }

    private static void writeDocx(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Politik");
            var numbering = doc.createNumbering();
            var item = doc.createParagraph();
            item.setNumID(numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance()))));
            item.createRun().setText("Punkt et");
            doc.createParagraph().createRun().setText("Brødtekst");
            doc.write(out);
        }
    }
}
