package dk.hrassistenten.deploy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Moves the log from the console to a file, in the format configured for the console (text or JSON): in the terminal
 * chat, standard error is the same screen as the conversation, and a log line in the middle of it reads as part of
 * the answer.
 */
final class LogToFile {

    /** The console appender's name in logback-text.xml and logback-json.xml. */
    private static final String CONSOLE = "main";

    private LogToFile() {
    }

    /** @return the file the log now goes to */
    static Path redirect(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> console = root.getAppender(CONSOLE);
        if (!(console instanceof OutputStreamAppender<ILoggingEvent> consoleAppender)) {
            return file; // configured otherwise by the operator (logback.configurationFile): left as it is
        }
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setEncoder(consoleAppender.getEncoder());
        appender.start();
        root.addAppender(appender);
        root.detachAppender(console);
        console.stop();
        return file;
    }
}
