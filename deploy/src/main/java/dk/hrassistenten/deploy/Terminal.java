package dk.hrassistenten.deploy;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output in UTF-8 whatever the platform's default, flushed line by line: what the commands print on. */
final class Terminal {

    private Terminal() {
    }

    static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
