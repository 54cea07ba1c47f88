package io.hikeshi.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log record published in this JVM while attached, as the text an operator could read: the formatted message,
 * the raw message and its parameters, the logger name, and every exception in the chain with its stack trace.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger app = Logger.getLogger("io.hikeshi");
    private final Level appLevel;

    private CapturedLog() {
        setLevel(Level.ALL);
        appLevel = app.getLevel();
    }

    /** Attaches to the root logger and turns the app's own loggers up to DEBUG, so their quiet lines count too. */
    public static CapturedLog attach() {
        CapturedLog log = new CapturedLog();
        log.root.addHandler(log);
        log.app.setLevel(Level.FINE);
        return log;
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " ");
        text.append(record.getMessage());
        if (record instanceof ExtLogRecord ext) {
            text.append(" | ").append(ext.getFormattedMessage());
        }
        if (record.getParameters() != null) {
            text.append(" | ").append(Arrays.deepToString(record.getParameters()));
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append(" | ").append(trace);
        }
        lines.add(text.toString());
    }

    /** Every line captured so far. */
    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        app.setLevel(appLevel);
    }
}
