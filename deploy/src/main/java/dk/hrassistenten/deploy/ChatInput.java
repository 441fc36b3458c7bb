package dk.hrassistenten.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where the terminal chat reads a person's lines and writes its replies. On a terminal, JLine: the line can be edited
 * (arrows, Home/End, Ctrl-A/E, …) and earlier questions come back with Up; the history is kept for the session only,
 * never on disk, since questions may be personal. Anything else (a pipe, a file) is read line by line. Not thread-safe.
 */
abstract class ChatInput implements AutoCloseable {

    /** @return the next line, or null when the input ends (Ctrl-D, the end of a pipe) */
    abstract String readLine(String prompt) throws IOException;

    abstract PrintWriter out();

    /** Whether the output takes ANSI attributes such as bold. */
    abstract boolean ansi();

    @Override
    public abstract void close() throws IOException;

    /** JLine when standard input and output are a terminal, else plain lines. */
    static ChatInput open() throws IOException {
        return System.console() != null ? new Interactive() : new Piped();
    }

    /** A person at a terminal, through JLine. */
    private static final class Interactive extends ChatInput {
        private final Terminal terminal;
        private final LineReader reader;

        Interactive() throws IOException {
            terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
            reader = LineReaderBuilder.builder().terminal(terminal).appName("hr-assistant").build();
        }

        @Override
        String readLine(String prompt) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                return ""; // Ctrl-C clears the line, as in a shell; exit, quit or Ctrl-D end the chat
            } catch (EndOfFileException e) {
                return null;
            }
        }

        @Override
        PrintWriter out() {
            return terminal.writer();
        }

        @Override
        boolean ansi() {
            return !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        }

        @Override
        public void close() throws IOException {
            terminal.close();
        }
    }

    /** Lines from a pipe or a file; the prompt is written, so that a transcript reads like the conversation. */
    private static final class Piped extends ChatInput {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        private final PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), true);

        @Override
        String readLine(String prompt) throws IOException {
            out.print(prompt);
            out.flush();
            return in.readLine();
        }

        @Override
        PrintWriter out() {
            return out;
        }

        @Override
        boolean ansi() {
            return false;
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
