package dk.hrassistenten.knowledge.ingest;

/**
 * One line of a PDF page as it is laid out: its text, where it starts (x) and stands (baseline y,
 * from the top of the page), the font size most of its characters have, and whether (nearly) all of
 * its letters are bold.
 */
record PdfLine(String text, float x, float y, float size, boolean bold) {
}
